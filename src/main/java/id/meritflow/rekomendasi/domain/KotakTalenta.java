package id.meritflow.rekomendasi.domain;

/**
 * A cell of the 9-box (PermenPANRB 3/2020 as amended by PermenPANRB 20/2025): rows potential (high on top), columns performance
 * (low to high), numbered {@code 4 7 9 / 2 5 8 / 1 3 6} (domain.md §7).
 */
public record KotakTalenta(int nomor, Tingkat kinerja, Tingkat potensi, String keterangan) {

  /**
   * The regulation the 9-box follows: PermenPANRB 3/2020 as amended by PermenPANRB 20/2025. What the
   * amendment changed in the box layout and the pool rules was not checked against its text.
   */
  public static final String DASAR_HUKUM = "PermenPANRB 3/2020 sebagaimana diubah dengan PermenPANRB 20/2025 "
      + "(tata letak 9 kotak dan kelompok rencana suksesi menurut PermenPANRB 3/2020; perubahan oleh PermenPANRB 20/2025: "
      + "perlu verifikasi); sistem terintegrasi nasional: Keputusan Kepala BKN 411/2025";

  /** Level on one axis. */
  public enum Tingkat {
    RENDAH("rendah"), SEDANG("sedang"), TINGGI("tinggi");

    private final String label;

    Tingkat(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  // [potensi][kinerja], potensi RENDAH=0; matches the layout read bottom-up.
  private static final int[][] NOMOR = {{1, 3, 6}, {2, 5, 8}, {4, 7, 9}};

  public static KotakTalenta dari(Tingkat kinerja, Tingkat potensi) {
    int nomor = NOMOR[potensi.ordinal()][kinerja.ordinal()];
    return new KotakTalenta(nomor, kinerja, potensi, "Kotak " + nomor + ": kinerja " + kinerja.label() + ", potensi "
        + potensi.label() + " - " + saran(nomor));
  }

  /** Whether the box marks a promotion candidate (boxes 7 to 9). */
  public boolean kandidatPromosi() {
    return nomor >= 7;
  }

  private static String saran(int nomor) {
    return switch (nomor) {
      case 9, 8, 7 -> "kandidat promosi (kelompok rencana suksesi)";
      case 6, 5, 4 -> "dikembangkan dan dipertahankan di jabatan sekarang";
      case 3, 2 -> "perlu pengembangan kompetensi dan pembinaan kinerja";
      default -> "perlu pembinaan intensif";
    };
  }
}
