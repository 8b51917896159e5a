package id.meritflow.kepegawaian;

/** An organisational unit; {@code indukId} is null for a top unit. */
public record UnitKerja(String id, String instansiId, String nama, String indukId) {}
