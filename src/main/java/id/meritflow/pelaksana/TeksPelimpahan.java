package id.meritflow.pelaksana;

import id.meritflow.penandatanganan.domain.TanggalIndonesia;
import java.time.LocalDate;

/** What a task's form says about an absence, in Bahasa Indonesia. */
final class TeksPelimpahan {


  private TeksPelimpahan() {}

  static String dilimpahkan(Ketidakhadiran k, Pengguna pejabat, Pengguna pelaksana) {
    return pelaksana.nama() + " mengerjakan tugas ini sebagai " + k.jenis().sebutan() + " " + pejabat.nama()
        + ", yang berhalangan " + periode(k) + " (" + k.alasan() + ").";
  }

  static String dicadangkan(Ketidakhadiran k, Pengguna pejabat, Pengguna pelaksana, String alasan, String atasan) {
    String tujuan = atasan == null
        ? "Tugas ini tetap menunggu " + pejabat.nama() + "."
        : "Tugas ini dialihkan kepada " + atasan + " selama " + pejabat.nama() + " berhalangan.";
    return "Tugas ini tidak dilimpahkan kepada " + pelaksana.nama() + " (" + k.jenis().sebutan() + " "
        + pejabat.nama() + ", " + periode(k) + "): " + alasan + " " + tujuan;
  }

  /** "sebagai Plh Verifikator BKN (verifikator-bkn)", for the audit trail. */
  static String sebagai(JenisPelaksana jenis, Pengguna pejabat) {
    return "sebagai " + jenis.sebutan() + " " + pejabat.namaDanId();
  }

  static String periode(Ketidakhadiran k) {
    return k.mulai().equals(k.selesai()) ? "pada " + tanggal(k.mulai())
        : tanggal(k.mulai()) + " s.d. " + tanggal(k.selesai());
  }

  static String tanggal(LocalDate d) {
    return TanggalIndonesia.format(d);
  }
}
