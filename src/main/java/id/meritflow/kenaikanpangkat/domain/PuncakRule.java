package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Jabatan;
import java.util.Optional;

/**
 * KP-PUNCAK: IV/e has no next rank; a pilihan promotion needs a position of its family (structural
 * or functional) and may not exceed the top of that position's rank range.
 *
 * <p>Reguler (and the other types whose {@code dibatasiRentangJabatan} is false in
 * kp-syarat-jenis.dmn) is not bounded by the position's top rank: Peraturan BKN 2/2025 lets a
 * regular promotion go above the direct superior's rank up to the education ceiling
 * (KP-BATAS-PENDIDIKAN). A pelaksana whose target exceeds the post's top rank therefore passes this
 * rule, and the result says so, with the fact {@code melampauiPangkatTertinggiJabatan}.
 */
final class PuncakRule implements AturanKp {

  static final String KODE = "KP-PUNCAK";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Pangkat puncak dan rentang pangkat jabatan"; }
  @Override public String dasarHukum() {
    return "PP 99/2000 jo. PP 12/2002 (pilihan: Pasal 8-9); reguler tidak dibatasi pangkat jabatan: Peraturan BKN 2/2025 (perlu verifikasi)";
  }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    Optional<Jabatan> jabatan = f.jabatan();
    Catatan c = new Catatan().put("golongan", f.pegawai().golongan().kode())
        .put("golonganTujuan", f.golonganTujuan().map(Golongan::kode).orElse(null))
        .put("jabatan", jabatan.map(Jabatan::nama).orElse(null))
        .put("jenisJabatan", jabatan.map(j -> j.jenis().name()).orElse(null))
        .put("golonganMaksimumJabatan", jabatan.map(j -> j.golonganMax().kode()).orElse(null));
    if (f.golonganTujuan().isEmpty()) {
      return c.hasil(KODE, StatusAturanKp.GAGAL, "Golongan " + f.pegawai().golongan().kode()
          + " adalah pangkat tertinggi; tidak ada kenaikan pangkat berikutnya.");
    }
    Golongan tujuan = f.golonganTujuan().get();
    Optional<String> wajib = f.syarat().jabatanWajib();
    if (wajib.isPresent() && !sesuai(wajib.get(), jabatan.map(Jabatan::jenis))) {
      return c.hasil(KODE, StatusAturanKp.GAGAL, f.jenis().label() + " hanya untuk pemangku jabatan "
          + wajib.get().toLowerCase() + "; pegawai " + jabatan.map(j -> "menduduki " + j.nama()).orElse("tidak menduduki jabatan") + ".");
    }
    if (f.syarat().dibatasiRentangJabatan() && jabatan.isPresent() && tujuan.compareTo(jabatan.get().golonganMax()) > 0) {
      return c.hasil(KODE, StatusAturanKp.GAGAL, "Golongan tujuan " + tujuan.kode() + " melampaui pangkat tertinggi "
          + jabatan.get().golonganMax().kode() + " untuk jabatan " + jabatan.get().nama() + ".");
    }
    boolean melampaui = jabatan.isPresent() && tujuan.compareTo(jabatan.get().golonganMax()) > 0;
    c.put("dibatasiRentangJabatan", f.syarat().dibatasiRentangJabatan()).put("melampauiPangkatTertinggiJabatan", melampaui);
    if (melampaui) {
      return c.hasil(KODE, StatusAturanKp.LULUS, "Golongan tujuan " + tujuan.kode() + " melampaui pangkat tertinggi "
          + jabatan.get().golonganMax().kode() + " jabatan " + jabatan.get().nama() + ", tetapi " + f.jenis().label().toLowerCase()
          + " tidak dibatasi pangkat tertinggi jabatan: batasnya pendidikan (KP-BATAS-PENDIDIKAN, Peraturan BKN 2/2025).");
    }
    return c.hasil(KODE, StatusAturanKp.LULUS, "Golongan tujuan " + tujuan.kode() + " tersedia"
        + (f.syarat().dibatasiRentangJabatan() ? " dan dalam rentang pangkat jabatan." : "."));
  }

  private static boolean sesuai(String wajib, Optional<JenisJabatan> jenis) {
    return switch (wajib) {
      case SyaratJenisKp.STRUKTURAL -> jenis.filter(JenisJabatan::struktural).isPresent();
      case SyaratJenisKp.FUNGSIONAL -> jenis.filter(j -> j == JenisJabatan.FUNGSIONAL).isPresent();
      default -> true;
    };
  }
}
