package id.meritflow.layanan;

import id.meritflow.penandatanganan.domain.JenisSk;
import id.meritflow.penandatanganan.domain.ModePenandatanganan;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import java.time.Instant;

/**
 * A signed SK as the portal lists it, in words, with the link that downloads its PDF.
 *
 * @param penandatanganan how it was signed, e.g. "Langsung" or "Delegasi (a.n.)"
 */
record SkRingkas(String nomor, Instant tanggal, String jenis, String perihal, String namaPegawai, String nip,
    String penandatangan, String jabatanPenandatangan, String penandatanganan, String unduh) {

  static SkRingkas dari(SuratKeputusan sk) {
    return new SkRingkas(sk.nomor(), sk.ditandatanganiPada(), jenis(sk.jenis()), sk.perihal(), sk.namaPegawai(),
        sk.nip(), sk.penandatangan(), sk.penandatanganJabatan(),
        sk.mode() == ModePenandatanganan.LANGSUNG ? "Langsung" : "Delegasi (a.n.)",
        "/api/sk/pdf?nomor=" + java.net.URLEncoder.encode(sk.nomor(), java.nio.charset.StandardCharsets.UTF_8));
  }

  static String jenis(JenisSk jenis) {
    return switch (jenis) {
      case MUTASI -> "Mutasi";
      case KENAIKAN_PANGKAT -> "Kenaikan pangkat";
      case DISIPLIN -> "Hukuman disiplin";
    };
  }
}
