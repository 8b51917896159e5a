package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.PredikatKinerja;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The explainable linear score: {@code skor = Σ bobot(f) × nilai(f)}, each term rounded to two
 * decimals first so that the parts add up to the whole exactly. Reads only a {@link ProfilKandidat}.
 */
public final class Penilai {

  private final BobotRekomendasi bobot;

  public Penilai(BobotRekomendasi bobot) {
    this.bobot = bobot;
  }

  public BobotRekomendasi bobot() {
    return bobot;
  }

  /** The factor values alone, in {@link Faktor} order (the features of the calibration). */
  public static double[] fitur(ProfilKandidat p, Jabatan tujuan) {
    return new double[] {NilaiFaktor.kinerja(p.kinerja()), NilaiFaktor.potensi(p), NilaiFaktor.pendidikan(p, tujuan),
        NilaiFaktor.pangkat(p.golongan(), tujuan), NilaiFaktor.pengalaman(p), NilaiFaktor.integritas(p),
        NilaiFaktor.masaJabatan(p.hariDiJabatanSekarang())};
  }

  public Penilaian nilai(ProfilKandidat p, Jabatan tujuan) {
    double[] nilai = fitur(p, tujuan);
    List<Kontribusi> kontribusi = new ArrayList<>(nilai.length);
    BigDecimal skor = BigDecimal.ZERO.setScale(2);
    for (Faktor f : Faktor.values()) {
      double v = nilai[f.ordinal()];
      double w = bobot.bobot(f);
      BigDecimal poin = BigDecimal.valueOf(v * w).setScale(2, RoundingMode.HALF_UP);
      skor = skor.add(poin);
      kontribusi.add(new Kontribusi(f, f.label(), v, w, poin, Penjelasan.faktor(f, p, tujuan, v, w, poin)));
    }
    return new Penilaian(p.nip(), skor, kotak(nilai), kontribusi);
  }

  /** The 9-box cell: performance from the kinerja history, potential from the proxy. */
  public static KotakTalenta kotak(ProfilKandidat p, Jabatan tujuan) {
    return kotak(fitur(p, tujuan));
  }

  private static KotakTalenta kotak(double[] nilai) {
    double kin = nilai[Faktor.KINERJA.ordinal()];
    double pot = nilai[Faktor.POTENSI.ordinal()];
    KotakTalenta.Tingkat k = kin >= 0.8 ? KotakTalenta.Tingkat.TINGGI : kin >= 0.5 ? KotakTalenta.Tingkat.SEDANG : KotakTalenta.Tingkat.RENDAH;
    KotakTalenta.Tingkat q = pot >= 0.7 ? KotakTalenta.Tingkat.TINGGI : pot >= 0.45 ? KotakTalenta.Tingkat.SEDANG : KotakTalenta.Tingkat.RENDAH;
    return KotakTalenta.dari(k, q);
  }

  static String predikat(Optional<PredikatKinerja> p) {
    return p.map(PredikatKinerja::label).orElse("belum tercatat");
  }
}
