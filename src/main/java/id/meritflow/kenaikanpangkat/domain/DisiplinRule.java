package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.StatusKasus;
import java.util.List;

/**
 * KP-DISIPLIN: no open disciplinary case and no penalty running on the TMT. A blocked proposal is
 * postponed (DITUNDA), not refused: once the penalty ends the employee is eligible in the next
 * period.
 */
final class DisiplinRule implements AturanKp {

  static final String KODE = "KP-DISIPLIN";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Bebas kasus dan hukuman disiplin"; }
  @Override public String dasarHukum() { return "PP 94/2021 (PP 53/2010 Pasal 41, yang menunda KP selama banding, dicabut PP 94/2021; padanannya: perlu verifikasi)"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    List<KasusDisiplin> menghambat = f.profil().disiplin().stream().filter(k -> k.menghambatPada(f.tmt())).toList();
    Catatan c = new Catatan().put("tmtUsulan", f.tmt()).put("jumlahKasus", f.profil().disiplin().size())
        .put("kasusMenghambat", menghambat.size());
    menghambat.forEach(k -> c.put("kasus." + k.id(), k.status() + " " + k.pelanggaran()
        + (k.akhirHukuman() == null ? "" : " s.d. " + k.akhirHukuman())));
    if (menghambat.isEmpty()) {
      return c.hasil(KODE, StatusAturanKp.LULUS, "Tidak ada kasus disiplin terbuka atau hukuman yang berjalan pada TMT.");
    }
    KasusDisiplin k = menghambat.get(0);
    String sebab = k.status() == StatusKasus.DIPUTUS
        ? "hukuman disiplin " + k.jenisHukuman() + " (kasus " + k.id() + ", " + k.pelanggaran() + ") berjalan sampai "
            + k.akhirHukuman() + "; pegawai dapat diusulkan pada periode setelah hukuman berakhir"
        : "kasus disiplin " + k.id() + " (" + k.pelanggaran() + ") masih " + k.status().name().toLowerCase()
            + "; usulan dapat diajukan kembali setelah kasus selesai";
    return c.hasil(KODE, StatusAturanKp.DITUNDA, "Kenaikan pangkat ditunda: " + sebab + ".");
  }
}
