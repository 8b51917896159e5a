package id.meritflow.rekomendasi.kalibrasi;

/**
 * One past placement decision about one candidate: the factor values (in {@code Faktor} order) the
 * candidate had, and whether the candidate was chosen. {@code kelompok} groups the candidates of
 * one vacancy.
 */
public record KeputusanHistoris(int kelompok, double[] fitur, boolean dipilih) {}
