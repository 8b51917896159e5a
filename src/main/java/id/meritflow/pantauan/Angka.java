package id.meritflow.pantauan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows of Pantauan's tables, as the API returns them (JSON, or CSV with the components as columns). */
final class Angka {

  private Angka() {}

  /** Running cases of one process in one agency, by age since their start (calendar days). */
  record KasusTerbuka(String prosesKey, String prosesNama, String instansiId, long jumlah, long umurKurang5Hari,
      long umur5Sampai30Hari, long umurLebih30Hari, Instant mulaiTertua) {}

  /** Open approval steps past their deadline in one agency and step. */
  record SlaTerlambat(String instansiId, String langkah, String nama, long jumlah, Instant tenggatTertua) {}

  /** One open step past its deadline, with its case (the drill-down to Cockpit). */
  record LangkahTerlambat(String instansiId, String langkah, String nama, String taskId, String processInstanceId,
      String kasusId, Instant dibuat, Instant tenggat) {}

  /** Steps approved automatically on working day 6, per week (Monday, WIB) and agency. */
  record PersetujuanOtomatis(LocalDate minggu, String instansiId, long jumlah) {}

  /** Time from a step's creation to its end, over the steps that ended in the window. */
  record DurasiLangkah(String langkah, String nama, long jumlah, Double p50Jam, Double p90Jam) {}

  /** A KP period's proposals in one agency, by the screening's conclusion and the case's status. */
  record KpInstansi(String periode, String instansiId, long diperiksa, long memenuhiSyarat, long perluVerifikasi,
      long tidakMemenuhiSyarat, long ditunda, long ditolak, long skTerbit) {}

  /** Proposals of a KP period failing (GAGAL) or postponed (DITUNDA) by one rule, in one agency. */
  record KpAturan(String periode, String instansiId, String kode, String hasil, long jumlah) {}

  /**
   * A batch's rows and cases; {@code processInstanceId} is its "Proses batch" instance, which Cockpit
   * opens while {@code prosesBerjalan} (it ends once every case is started). {@code dibuat} is the
   * batch platform's local time (WIB), as {@code GET /api/batch/{id}} shows it.
   */
  record BatchRingkas(String id, String jenis, String pemilik, LocalDateTime dibuat, long baris, long ditolak,
      long dimulai, long kasusSelesai, long kasusDihentikan, long insiden, String processInstanceId,
      boolean prosesBerjalan) {}

  /** Employees flagged by one early-warning rule (disiplin) in one agency. */
  record PeringatanDini(int tahun, String instansiId, String kode, long jumlahPegawai) {}
}
