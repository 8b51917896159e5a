package id.meritflow.mutasi;

/** What a rule is, for people: shown by {@code GET /api/mutasi/aturan} and in the docs. */
public record InfoAturan(String kode, String judul, String dasarHukum, String deskripsi) {}
