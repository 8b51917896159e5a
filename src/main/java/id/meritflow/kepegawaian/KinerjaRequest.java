package id.meritflow.kepegawaian;

/** The predikat kinerja of one year; the year comes from the path. */
public record KinerjaRequest(String predikat) {}
