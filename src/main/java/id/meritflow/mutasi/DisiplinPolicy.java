package id.meritflow.mutasi;

import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.StatusKasus;
import java.util.List;

/** MUT-DISIPLIN: no open disciplinary case and no penalty still running on the TMT. */
final class DisiplinPolicy implements AturanMutasi {

  static final String KODE = "MUT-DISIPLIN";

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Bebas kasus dan hukuman disiplin", "PP 94/2021; PP 11/2017 Pasal 190",
        "Tidak ada kasus disiplin yang masih terbuka dan tidak sedang menjalani hukuman disiplin pada TMT.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    List<KasusDisiplin> menghambat = fakta.profil().disiplin().stream()
        .filter(k -> k.menghambatPada(fakta.tanggalEvaluasi())).toList();
    Fakta f = Fakta.of().put("tanggalEvaluasi", fakta.tanggalEvaluasi())
        .put("jumlahKasus", fakta.profil().disiplin().size()).put("kasusMenghambat", menghambat.size());
    menghambat.forEach(k -> f.put("kasus." + k.id(), uraian(k)));
    if (menghambat.isEmpty()) {
      return HasilPemeriksaan.lulus(KODE, f, "Tidak ada kasus disiplin terbuka atau hukuman disiplin yang sedang berjalan.");
    }
    KasusDisiplin k = menghambat.get(0);
    String sebab = k.status().belumSelesai()
        ? "kasus disiplin " + k.id() + " (" + k.pelanggaran() + ") masih "
            + (k.status() == StatusKasus.TERBUKA ? "terbuka" : "ditangguhkan karena upaya administratif")
        : "hukuman disiplin " + k.jenisHukuman() + " dari kasus " + k.id() + " (" + k.pelanggaran()
            + ") masih berjalan sampai " + Tanggal.tampil(k.akhirHukuman());
    String lainnya = menghambat.size() > 1 ? " Terdapat " + (menghambat.size() - 1) + " kasus lain yang juga menghambat." : "";
    return HasilPemeriksaan.gagal(KODE, f, "Mutasi terhambat: " + sebab + "." + lainnya);
  }

  private static String uraian(KasusDisiplin k) {
    return k.status().belumSelesai()
        ? k.status() + " sejak " + k.tanggalKasus() + ": " + k.pelanggaran()
        : "DIPUTUS " + k.jenisHukuman() + " " + k.tmtHukuman() + " s.d. " + k.akhirHukuman() + ": " + k.pelanggaran();
  }
}
