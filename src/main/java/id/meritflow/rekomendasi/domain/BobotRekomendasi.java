package id.meritflow.rekomendasi.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Weights of the fit score, in points out of 100 when they sum to 100 (they need not: the score is
 * then out of their sum). They are configuration ({@code meritflow.rekomendasi.bobot.*}) because
 * SIMATA's weights are marked (verify) in domain.md and the calibration command may suggest others.
 * Defaults follow SIMATA's 50/50 split of performance and the rest: performance 30 + the
 * performance-related integrity 10 on one side; potential, education, rank, experience, time in post
 * on the other. Documented in docs/rekomendasi.md.
 */
public record BobotRekomendasi(
    double kinerja, double potensi, double pendidikan, double pangkat, double pengalaman, double integritas,
    double masaJabatan) {

  public static final BobotRekomendasi DEFAULT = new BobotRekomendasi(30, 15, 15, 10, 10, 10, 10);

  public BobotRekomendasi {
    for (double b : new double[] {kinerja, potensi, pendidikan, pangkat, pengalaman, integritas, masaJabatan}) {
      if (b < 0 || Double.isNaN(b) || Double.isInfinite(b)) {
        throw new IllegalArgumentException("bobot rekomendasi harus bilangan tidak negatif");
      }
    }
  }

  public double bobot(Faktor faktor) {
    return switch (faktor) {
      case KINERJA -> kinerja;
      case POTENSI -> potensi;
      case PENDIDIKAN -> pendidikan;
      case PANGKAT -> pangkat;
      case PENGALAMAN -> pengalaman;
      case INTEGRITAS -> integritas;
      case MASA_JABATAN -> masaJabatan;
    };
  }

  public Map<Faktor, Double> sebagaiMap() {
    Map<Faktor, Double> m = new EnumMap<>(Faktor.class);
    for (Faktor f : Faktor.values()) {
      m.put(f, bobot(f));
    }
    return m;
  }

  /** Weights from a map (e.g. fitted by calibration); missing factors weigh 0. */
  public static BobotRekomendasi dari(Map<Faktor, Double> m) {
    return new BobotRekomendasi(m.getOrDefault(Faktor.KINERJA, 0.0), m.getOrDefault(Faktor.POTENSI, 0.0),
        m.getOrDefault(Faktor.PENDIDIKAN, 0.0), m.getOrDefault(Faktor.PANGKAT, 0.0),
        m.getOrDefault(Faktor.PENGALAMAN, 0.0), m.getOrDefault(Faktor.INTEGRITAS, 0.0),
        m.getOrDefault(Faktor.MASA_JABATAN, 0.0));
  }
}
