package id.meritflow.kenaikanpangkat;

/**
 * One row of a period's list (JSON element or CSV line).
 *
 * @param jenis a JenisKenaikanPangkat, e.g. REGULER
 * @param periode the period, {@code YYYY-MM}; its TMT is the month's first day
 * @param golonganTujuan optional; by default the next rank. Only PENYESUAIAN_IJAZAH may skip ranks
 * @param tmt optional, {@code YYYY-MM-DD}; when given it must be the period's TMT (the 1st of its
 *     month, Peraturan BKN 4/2025), otherwise the row is refused: never silently replaced
 */
public record BarisKenaikanPangkat(String nip, String jenis, String periode, String golonganTujuan, String tmt) {

  public BarisKenaikanPangkat(String nip, String jenis, String periode, String golonganTujuan) {
    this(nip, jenis, periode, golonganTujuan, null);
  }
}
