package id.meritflow.penandatanganan.domain;

import java.util.Optional;

/**
 * The verdict on one PDF: its own signature, and how it compares with the SK stored here.
 *
 * @param skTerdaftar the stored SK this file claims to be (by SHA-256, else by its printed code)
 * @param samaDenganArsip the file is byte for byte the stored SK
 * @param ringkasan one sentence in Bahasa Indonesia for the reader
 */
public record Verifikasi(PemeriksaanTandaTangan tandaTangan, String sha256, Optional<SuratKeputusan> skTerdaftar,
    boolean samaDenganArsip, String ringkasan) {

  /** Valid signature over the whole, unchanged file, from a trusted CA, and stored here. */
  public boolean sah() {
    return tandaTangan.sah() && samaDenganArsip;
  }

  public static String ringkasan(PemeriksaanTandaTangan t, Optional<SuratKeputusan> sk, boolean sama) {
    if (!t.adaTandaTangan()) {
      return t.masalah().isEmpty() ? "Dokumen tidak memuat tanda tangan elektronik." : t.masalah().get(0);
    }
    if (!t.tandaTanganValid()) {
      return "Tanda tangan elektronik TIDAK SAH: isi dokumen tidak sesuai dengan yang ditandatangani.";
    }
    if (!t.dokumenUtuh()) {
      return "Dokumen telah diubah setelah ditandatangani; tanda tangan tidak berlaku untuk versi ini.";
    }
    if (!t.sertifikatTerpercaya()) {
      return "Tanda tangan utuh, tetapi sertifikat penandatangan tidak diterbitkan oleh CA yang dipercaya.";
    }
    if (sk.isEmpty()) {
      return "Tanda tangan elektronik sah dan dokumen tidak berubah, tetapi SK ini tidak tercatat di MeritFlow.";
    }
    if (!sama) {
      return "Tanda tangan sah, tetapi berkas ini berbeda dengan arsip SK nomor " + sk.get().nomor() + ".";
    }
    return "SK nomor " + sk.get().nomor() + " sah: tanda tangan elektronik valid, dokumen tidak berubah sejak "
        + "ditandatangani, dan sama dengan arsip.";
  }
}
