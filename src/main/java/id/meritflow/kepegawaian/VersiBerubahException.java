package id.meritflow.kepegawaian;

/** The record changed since the client read it (optimistic locking on {@code pegawai.versi}). */
class VersiBerubahException extends RuntimeException {

  VersiBerubahException() {
    super("Data pegawai telah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan.");
  }
}
