package id.meritflow.kepegawaian;

/** A unit kerja; {@code indukId} is the parent unit of the same instansi, if any. */
public record UnitKerjaRequest(String id, String instansiId, String nama, String indukId) {}
