package id.meritflow.kalender;

/**
 * A working-day count needed a year for which no hari-libur data is loaded. Counting Monday to
 * Friday only would silently put deadlines on holidays, so the count stops here: in a job or a
 * timer the engine turns this into a failed job and then an incident; at the API it becomes a
 * problem with code {@value #KODE}.
 */
public class HariLiburTidakTersedia extends RuntimeException {

  public static final String KODE = "KALENDER_TANPA_DATA";

  private final int tahun;

  public HariLiburTidakTersedia(int tahun) {
    super("Tidak ada data hari libur untuk tahun " + tahun + ": tenggat hari kerja tidak dapat dihitung. "
        + "Tambahkan hari-libur-" + tahun + ".json (SKB hari libur nasional dan cuti bersama " + tahun
        + ") ke direktori kalender admin lalu mulai ulang aplikasi (docs/kalender.md).");
    this.tahun = tahun;
  }

  public int tahun() {
    return tahun;
  }
}
