package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.Jabatan;

/**
 * KP-KEPPRES: JPT utama, JPT madya and JF ahli utama are promoted by Presidential decree, signed
 * directly rather than by delegation (kp-rute-keppres.dmn). Never refuses: it sets the route.
 */
final class KeppresRule implements AturanKp {

  static final String KODE = "KP-KEPPRES";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Kenaikan pangkat dengan Keputusan Presiden"; }
  @Override public String dasarHukum() { return "UU 20/2023; PP 11/2017 jo. PP 17/2020"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    Catatan c = new Catatan().put("jenisJabatan", f.jabatan().map(j -> j.jenis().name()).orElse(null))
        .put("jenjang", f.jabatan().map(Jabatan::jenjang).orElse(null)).put("rute", f.rute().name());
    return f.rute() == RuteKp.KEPPRES
        ? c.hasil(KODE, StatusAturanKp.LULUS, "Ditetapkan dengan Keputusan Presiden: SK ditandatangani langsung, "
            + "tidak melalui delegasi.")
        : c.hasil(KODE, StatusAturanKp.LULUS, "Bukan kewenangan Presiden: SK ditandatangani melalui delegasi PPK.");
  }
}
