package id.meritflow.demo;

/** One organisational unit; {@code indukId} is null for a top-level unit. */
public record UnitKerjaData(String id, String instansiId, String nama, String indukId) {}
