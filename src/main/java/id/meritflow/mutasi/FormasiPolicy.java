package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Jabatan;

/**
 * MUT-FORMASI: the target position is in the receiving unit's position map and has a free seat.
 * The employee is never counted against the vacancy: someone who already holds the position does
 * not need a new seat in it.
 */
final class FormasiPolicy implements AturanMutasi {

  static final String KODE = "MUT-FORMASI";

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Formasi jabatan tujuan", "PP 11/2017 Pasal 190; Peraturan BKN 5/2019",
        "Jabatan tujuan ada dalam peta jabatan unit kerja penerima dan masih lowong (kebutuhan melebihi pemangku).");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    Jabatan tujuan = fakta.jabatanTujuan();
    int pemangkuLain = fakta.pemegangLain().size();
    boolean sudahMemangku = fakta.pemegangTujuan().size() > pemangkuLain;
    Fakta f = Fakta.of().put("jabatanTujuan", tujuan.id() + " (" + tujuan.nama() + ")")
        .put("unitKerjaJabatan", tujuan.unitKerjaId()).put("unitKerjaTujuan", fakta.usulan().unitKerjaTujuanId())
        .put("kebutuhan", tujuan.kebutuhan()).put("pemangkuLain", pemangkuLain)
        .put("pegawaiSudahMemangku", sudahMemangku ? "ya" : "tidak");
    if (!tujuan.unitKerjaId().equals(fakta.usulan().unitKerjaTujuanId())
        || !tujuan.instansiId().equals(fakta.instansiTujuan().id())) {
      return HasilPemeriksaan.gagal(KODE, f, "Jabatan " + tujuan.nama() + " tidak ada dalam peta jabatan unit kerja tujuan.");
    }
    if (sudahMemangku) {
      return HasilPemeriksaan.lulus(KODE, f, "Pegawai sudah memangku jabatan " + tujuan.nama()
          + "; mutasi tidak menambah pemangku.");
    }
    if (tujuan.kebutuhan() > pemangkuLain) {
      return HasilPemeriksaan.lulus(KODE, f, "Jabatan " + tujuan.nama() + " lowong: kebutuhan " + tujuan.kebutuhan()
          + ", dipangku " + pemangkuLain + " orang.");
    }
    return HasilPemeriksaan.gagal(KODE, f, "Jabatan " + tujuan.nama() + " tidak lowong: kebutuhan " + tujuan.kebutuhan()
        + ", sudah dipangku " + pemangkuLain + " orang.");
  }
}
