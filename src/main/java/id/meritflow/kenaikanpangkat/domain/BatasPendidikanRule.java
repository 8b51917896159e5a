package id.meritflow.kenaikanpangkat.domain;

/**
 * KP-BATAS-PENDIDIKAN: the target rank within the ceiling of the highest education
 * (kp-batas-pendidikan.dmn), for the types kp-syarat-jenis.dmn says it bounds (not pilihan). A diploma adjustment also needs BKN to verify the new diploma.
 */
final class BatasPendidikanRule implements AturanKp {

  static final String KODE = "KP-BATAS-PENDIDIKAN";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Batas pangkat menurut pendidikan"; }
  @Override public String dasarHukum() { return "PP 99/2000 jo. PP 12/2002; Peraturan BKN 2/2025: KP reguler sampai batas pendidikan, boleh melampaui pangkat atasan langsung (tabel batas: perlu verifikasi)"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    var pendidikan = f.pegawai().pendidikan();
    Catatan c = new Catatan().put("pendidikan", pendidikan.name()).put("batasGolongan", f.batasPendidikan().kode())
        .put("golonganTujuan", f.golonganTujuan().map(g -> g.kode()).orElse(null));
    if (f.golonganTujuan().isEmpty()) {
      return c.hasil(KODE, StatusAturanKp.LULUS, "Tidak ada golongan tujuan untuk dibandingkan (lihat KP-PUNCAK).");
    }
    var tujuan = f.golonganTujuan().get();
    if (!f.syarat().dibatasiPendidikan()) {
      return c.hasil(KODE, StatusAturanKp.LULUS, f.jenis().label() + " dibatasi pangkat tertinggi jabatan (KP-PUNCAK), "
          + "bukan batas pendidikan.");
    }
    if (tujuan.compareTo(f.batasPendidikan()) > 0) {
      return c.hasil(KODE, StatusAturanKp.GAGAL, "Golongan tujuan " + tujuan.kode() + " melampaui batas "
          + f.batasPendidikan().kode() + " untuk pendidikan " + pendidikan.name() + ".");
    }
    if (f.syarat().perluVerifikasi(SyaratJenisKp.IJAZAH)) {
      return c.hasil(KODE, StatusAturanKp.PERLU_VERIFIKASI, "Golongan tujuan " + tujuan.kode() + " dalam batas "
          + f.batasPendidikan().kode() + "; ijazah " + pendidikan.name() + " harus diverifikasi verifikator BKN.");
    }
    return c.hasil(KODE, StatusAturanKp.LULUS, "Golongan tujuan " + tujuan.kode() + " dalam batas "
        + f.batasPendidikan().kode() + " untuk pendidikan " + pendidikan.name() + ".");
  }
}
