package id.meritflow.kepegawaian;

/** The predikat kinerja of one year. */
public record Kinerja(int tahun, PredikatKinerja predikat) {}
