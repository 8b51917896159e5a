package id.meritflow.mutasi;

/** A flag on a passing result that a person should notice, e.g. "jatuh tempo rotasi", and why. */
public record Penanda(String jenis, String alasan) {}
