package id.meritflow.rekomendasi.kalibrasi;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.rekomendasi.domain.Faktor;
import id.meritflow.rekomendasi.domain.Penilai;
import id.meritflow.rekomendasi.domain.ProfilKandidat;
import id.meritflow.rekomendasi.domain.RiwayatKinerja;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic historical decisions for the demo and the tests, deterministic per seed. Each vacancy
 * has a few candidates with random allowed facts; the panel's hidden preference (performance and
 * integrity first, then education and experience) plus noise decides who was chosen. Calibration
 * should recover that preference: a sanity check of the pipeline, not evidence about real panels.
 */
public final class GeneratorKeputusanHistoris {

  /** The hidden preference, in {@link Faktor} order. */
  static final double[] PREFERENSI = {4.0, 1.0, 2.0, 0.5, 1.5, 3.0, 0.5};

  private static final Jabatan JABATAN = new Jabatan("sintetis", "sintetis", "sintetis-unit", "Kepala Subbagian Kepegawaian",
      JenisJabatan.PENGAWAS, null, null, Golongan.III_C, Golongan.III_D, Pendidikan.D3, null, 1, 0, 1);
  private static final String[] BIDANG = {"Ilmu Administrasi Negara", "Psikologi", "Teknik Sipil", "Akuntansi", "Kebidanan"};
  private static final Pendidikan[] PENDIDIKAN = {Pendidikan.SLTA, Pendidikan.D3, Pendidikan.S1, Pendidikan.S2};

  private GeneratorKeputusanHistoris() {}

  public static List<KeputusanHistoris> buat(long seed, int lowongan, int calonPerLowongan) {
    SplittableRandom random = new SplittableRandom(seed);
    List<KeputusanHistoris> hasil = new ArrayList<>(lowongan * calonPerLowongan);
    for (int l = 0; l < lowongan; l++) {
      double[][] fitur = new double[calonPerLowongan][];
      double[] nilai = new double[calonPerLowongan];
      int terbaik = 0;
      for (int c = 0; c < calonPerLowongan; c++) {
        fitur[c] = Penilai.fitur(profil(random), JABATAN);
        // Gumbel noise makes the arg-max a multinomial-logit choice: a panel mostly, not always, follows its preference.
        nilai[c] = dot(PREFERENSI, fitur[c]) - Math.log(-Math.log(random.nextDouble(1e-12, 1.0)));
        if (nilai[c] > nilai[terbaik]) {
          terbaik = c;
        }
      }
      for (int c = 0; c < calonPerLowongan; c++) {
        hasil.add(new KeputusanHistoris(l, fitur[c], c == terbaik));
      }
    }
    return hasil;
  }

  private static ProfilKandidat profil(SplittableRandom r) {
    Golongan g = Golongan.values()[Golongan.III_A.ordinal() + r.nextInt(6)];
    return new ProfilKandidat("-", "sintetis", "sintetis-unit", Optional.of(JenisJabatan.PELAKSANA), g,
        PENDIDIKAN[r.nextInt(PENDIDIKAN.length)], Optional.of(BIDANG[r.nextInt(BIDANG.length)]),
        new RiwayatKinerja(predikat(r), predikat(r), predikat(r)), r.nextInt(3650), r.nextInt(3650),
        r.nextInt(10) == 0 ? 1 : 0, r.nextInt(20) == 0 ? 1 : 0, r.nextInt(40) == 0 ? 1 : 0, false, true);
  }

  private static Optional<PredikatKinerja> predikat(SplittableRandom r) {
    int x = r.nextInt(10);
    return x == 0 ? Optional.empty() : Optional.of(x < 4 ? PredikatKinerja.SANGAT_BAIK : x < 8 ? PredikatKinerja.BAIK
        : PredikatKinerja.values()[2 + r.nextInt(3)]);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
