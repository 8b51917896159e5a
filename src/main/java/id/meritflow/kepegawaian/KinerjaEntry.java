package id.meritflow.kepegawaian;

/** One year's predikat kinerja as sent by a client; the predikat is a {@link PredikatKinerja} name. */
public record KinerjaEntry(Integer tahun, String predikat) {}
