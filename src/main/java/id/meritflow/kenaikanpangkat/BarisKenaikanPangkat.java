package id.meritflow.kenaikanpangkat;

/**
 * One row of a period's list (JSON element or CSV line).
 *
 * @param jenis a JenisKenaikanPangkat, e.g. REGULER
 * @param periode the period, {@code YYYY-MM}; its TMT is the month's first day
 * @param golonganTujuan optional; by default the next rank. Only PENYESUAIAN_IJAZAH may skip ranks
 */
public record BarisKenaikanPangkat(String nip, String jenis, String periode, String golonganTujuan) {}
