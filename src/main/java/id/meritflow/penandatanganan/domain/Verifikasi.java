package id.meritflow.penandatanganan.domain;

import java.time.ZoneId;
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

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** Valid signature over the whole, unchanged file, from a trusted CA, stored here and not revoked. */
  public boolean sah() {
    return tandaTangan.sah() && samaDenganArsip && !dicabut();
  }

  /** The stored SK this file claims to be has a recorded revocation. */
  public boolean dicabut() {
    return skTerdaftar.flatMap(SuratKeputusan::dicabutPada).isPresent();
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
    if (sk.get().dicabutPada().isPresent()) {
      return "SK nomor " + sk.get().nomor() + " telah DICABUT pada "
          + TanggalIndonesia.format(sk.get().dicabutPada().get().atZone(WIB).toLocalDate())
          + ": tanda tangan elektroniknya valid, tetapi SK ini tidak berlaku lagi.";
    }
    return "SK nomor " + sk.get().nomor() + " sah: tanda tangan elektronik valid, dokumen tidak berubah sejak "
        + "ditandatangani, dan sama dengan arsip.";
  }
}
