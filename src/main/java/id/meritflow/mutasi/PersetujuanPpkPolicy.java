package id.meritflow.mutasi;

import java.util.Optional;

/**
 * MUT-PERSETUJUAN: a move between agencies needs the written approval of both PPKs, naming the
 * position. The two documents are told apart by {@code penerbit}: the instansi id of the PPK.
 */
final class PersetujuanPpkPolicy implements AturanMutasi {

  static final String KODE = "MUT-PERSETUJUAN";

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Persetujuan PPK asal dan tujuan", "PP 11/2017 Pasal 191-195; Peraturan BKN 5/2019",
        "Mutasi antar instansi memerlukan persetujuan tertulis PPK instansi asal dan PPK instansi tujuan "
            + "yang menyebut jabatan tujuan; dokumen dicatat dengan penerbit = id instansi PPK.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    UsulanMutasi usulan = fakta.usulan();
    Fakta f = Fakta.of().put("rute", usulan.rute()).put("jabatanTujuan", fakta.jabatanTujuan().nama());
    if (!usulan.rute().antarInstansi()) {
      return HasilPemeriksaan.lulus(KODE, f, "Mutasi dalam satu instansi; persetujuan dua PPK tidak diperlukan.");
    }
    String asalId = fakta.instansiAsal().id();
    String tujuanId = fakta.instansiTujuan().id();
    Optional<DokumenPersetujuan> asal = dariPenerbit(usulan, asalId);
    Optional<DokumenPersetujuan> tujuan = dariPenerbit(usulan, tujuanId);
    f.put("persetujuanPpkAsal", asal.map(DokumenPersetujuan::uraian).orElse("belum tercatat (penerbit " + asalId + ")"))
        .put("persetujuanPpkTujuan", tujuan.map(DokumenPersetujuan::uraian).orElse("belum tercatat (penerbit " + tujuanId + ")"));
    if (asal.isPresent() && tujuan.isPresent()) {
      return HasilPemeriksaan.lulus(KODE, f, "Persetujuan PPK instansi asal dan tujuan atas jabatan "
          + fakta.jabatanTujuan().nama() + " telah tercatat.");
    }
    String kurang = asal.isEmpty() && tujuan.isEmpty() ? "PPK instansi asal dan PPK instansi tujuan"
        : asal.isEmpty() ? "PPK instansi asal (" + fakta.instansiAsal().nama() + ")"
        : "PPK instansi tujuan (" + fakta.instansiTujuan().nama() + ")";
    return HasilPemeriksaan.perluPersetujuan(KODE, f, "Menunggu persetujuan tertulis " + kurang
        + " yang menyebut jabatan " + fakta.jabatanTujuan().nama() + ".");
  }

  private static Optional<DokumenPersetujuan> dariPenerbit(UsulanMutasi usulan, String instansiId) {
    return usulan.dokumenUntuk(KODE).stream().filter(d -> instansiId.equalsIgnoreCase(d.penerbit())).findFirst();
  }
}
