package id.meritflow.penandatanganan.web;

import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.penandatanganan.domain.TanggalIndonesia;
import id.meritflow.penandatanganan.domain.Verifikasi;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The verification answer, shown to anyone who holds the file or the code: the signature checks
 * and the SK's public facts (number, date, agency, signer), never the employee's data.
 */
record HasilVerifikasi(boolean sah, String ringkasan, boolean adaTandaTangan, boolean tandaTanganValid,
    boolean dokumenUtuh, boolean sertifikatTerpercaya, String subjekPenandatangan, Instant waktuPenandatanganan,
    String sha256, boolean terdaftar, boolean samaDenganArsip, boolean dicabut, SkPublik sk, List<String> masalah) {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** @param tanggalDicabut the revocation date in words; null when no revocation is recorded */
  record SkPublik(String nomor, String tanggal, String instansi, String penandatangan, String jabatanPenandatangan,
      String sha256, String tanggalDicabut) {}

  static HasilVerifikasi of(Verifikasi v, Function<String, String> namaInstansi) {
    var t = v.tandaTangan();
    SkPublik sk = v.skTerdaftar().map(s -> publik(s, namaInstansi)).orElse(null);
    return new HasilVerifikasi(v.sah(), v.ringkasan(), t.adaTandaTangan(), t.tandaTanganValid(), t.dokumenUtuh(),
        t.sertifikatTerpercaya(), t.subjekPenandatangan().orElse(null), t.waktuPenandatanganan().orElse(null),
        v.sha256(), v.skTerdaftar().isPresent(), v.samaDenganArsip(), v.dicabut(), sk, t.masalah());
  }

  private static SkPublik publik(SuratKeputusan s, Function<String, String> namaInstansi) {
    return new SkPublik(s.nomor(), TanggalIndonesia.format(s.ditandatanganiPada().atZone(WIB).toLocalDate()),
        namaInstansi.apply(s.instansiId()), s.penandatangan(), s.penandatanganJabatan(), s.sha256(),
        s.dicabutPada().map(d -> TanggalIndonesia.format(d.atZone(WIB).toLocalDate())).orElse(null));
  }
}
