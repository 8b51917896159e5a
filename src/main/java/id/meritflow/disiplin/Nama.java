package id.meritflow.disiplin;

import id.meritflow.kepegawaian.JenisHukuman;

/** The penalties' names as written in an SK and in the case file. */
public final class Nama {

  private Nama() {}

  public static String hukuman(JenisHukuman jenis) {
    return switch (jenis) {
      case TEGURAN_LISAN -> "teguran lisan";
      case TEGURAN_TERTULIS -> "teguran tertulis";
      case PERNYATAAN_TIDAK_PUAS -> "pernyataan tidak puas secara tertulis";
      case POTONGAN_TUKIN_25_6 -> "pemotongan tunjangan kinerja sebesar 25% selama 6 bulan";
      case POTONGAN_TUKIN_25_9 -> "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan";
      case POTONGAN_TUKIN_25_12 -> "pemotongan tunjangan kinerja sebesar 25% selama 12 bulan";
      case PENURUNAN_JABATAN_12 -> "penurunan jabatan setingkat lebih rendah selama 12 bulan";
      case PEMBEBASAN_JABATAN_12 -> "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan";
      case PDH_TAPS -> "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS";
    };
  }
}
