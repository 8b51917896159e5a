package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;

/**
 * KP-UJIAN-DINAS: crossing II/d → III/a needs ujian dinas tingkat I or a bachelor's diploma (S1/D-IV);
 * III/d → IV/a needs tingkat II or a master's (S2/S3). A diploma instead of the exam is accepted
 * only after BKN verifies it (PERLU_VERIFIKASI).
 */
final class UjianDinasRule implements AturanKp {

  static final String KODE = "KP-UJIAN-DINAS";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Ujian dinas / ujian penyesuaian kenaikan pangkat"; }
  @Override public String dasarHukum() { return "PP 99/2000 jo. PP 12/2002 Pasal 16"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    var asal = f.pegawai().golongan();
    Catatan c = new Catatan().put("golonganAsal", asal.kode())
        .put("golonganTujuan", f.golonganTujuan().map(Golongan::kode).orElse(null));
    if (f.golonganTujuan().isEmpty()) {
      return c.hasil(KODE, StatusAturanKp.LULUS, "Tidak melewati batas golongan.");
    }
    var tujuan = f.golonganTujuan().get();
    if (melewati(asal, tujuan, Golongan.IV_A)) {
      return periksa(c, "II", "III/d ke IV/a", f.pegawai().lulusUjianDinas2(), f.pegawai().pendidikan(), Pendidikan.S2, "S2", f);
    }
    if (melewati(asal, tujuan, Golongan.III_A)) {
      return periksa(c, "I", "II/d ke III/a", f.pegawai().lulusUjianDinas1(), f.pegawai().pendidikan(), Pendidikan.S1, "S1/D-IV", f);
    }
    return c.hasil(KODE, StatusAturanKp.LULUS, "Kenaikan " + asal.kode() + " ke " + tujuan.kode()
        + " tidak melewati batas golongan; ujian dinas tidak disyaratkan.");
  }

  private static boolean melewati(Golongan asal, Golongan tujuan, Golongan batas) {
    return asal.compareTo(batas) < 0 && tujuan.compareTo(batas) >= 0;
  }

  private static HasilAturanKp periksa(Catatan c, String tingkat, String batas, LocalDate lulus, Pendidikan pendidikan,
      Pendidikan ijazahSetara, String namaIjazah, FaktaKp f) {
    c.put("ujianDinasTingkat" + tingkat, lulus).put("pendidikan", pendidikan.name());
    if (lulus != null && !lulus.isAfter(f.tanggalPengajuan())) {
      return c.hasil(KODE, StatusAturanKp.LULUS, "Melewati batas " + batas + "; lulus ujian dinas tingkat " + tingkat
          + " pada " + lulus + ".");
    }
    if (pendidikan.memenuhi(ijazahSetara)) {
      return c.hasil(KODE, StatusAturanKp.PERLU_VERIFIKASI, "Melewati batas " + batas + " tanpa ujian dinas tingkat "
          + tingkat + "; dipenuhi dengan ijazah " + pendidikan.name() + " yang harus diverifikasi verifikator BKN.");
    }
    return c.hasil(KODE, StatusAturanKp.GAGAL, "Melewati batas " + batas + " tetapi belum lulus ujian dinas tingkat "
        + tingkat + " dan tidak memiliki ijazah " + namaIjazah + ".");
  }
}
