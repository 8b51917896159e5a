package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Pegawai;
import java.util.ArrayList;
import java.util.List;

/** MUT-TUGAS-BELAJAR: not on study leave, and no service bond running past the TMT. */
final class TugasBelajarPolicy implements AturanMutasi {

  static final String KODE = "MUT-TUGAS-BELAJAR";

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Tugas belajar dan ikatan dinas", "PP 11/2017 Pasal 190",
        "Pegawai tidak sedang tugas belajar dan tidak terikat ikatan dinas yang berakhir sesudah TMT.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    Pegawai p = fakta.pegawai();
    Fakta f = Fakta.of().put("tugasBelajar", p.tugasBelajar() ? "ya" : "tidak")
        .put("ikatanDinasSampai", p.ikatanDinasSampai()).put("tmt", fakta.usulan().tmt());
    List<String> sebab = new ArrayList<>();
    if (p.tugasBelajar()) {
      sebab.add("pegawai sedang menjalani tugas belajar");
    }
    // A bond ending on the TMT itself is served: the move starts the day it is free.
    if (p.ikatanDinasSampai() != null && p.ikatanDinasSampai().isAfter(fakta.usulan().tmt())) {
      sebab.add("pegawai terikat ikatan dinas sampai " + Tanggal.tampil(p.ikatanDinasSampai()) + ", sesudah TMT");
    }
    if (!sebab.isEmpty()) {
      return HasilPemeriksaan.gagal(KODE, f, "Mutasi tidak dapat diproses: " + String.join("; ", sebab) + ".");
    }
    return HasilPemeriksaan.lulus(KODE, f, "Pegawai tidak sedang tugas belajar dan tidak terikat ikatan dinas pada TMT.");
  }
}
