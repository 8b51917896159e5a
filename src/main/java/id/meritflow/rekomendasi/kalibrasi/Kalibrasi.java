package id.meritflow.rekomendasi.kalibrasi;

import id.meritflow.rekomendasi.domain.BobotRekomendasi;
import id.meritflow.rekomendasi.domain.Faktor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import smile.classification.LogisticRegression;
import smile.validation.metric.AUC;

/**
 * Fits the weights to historical decisions with Smile's L2-regularised logistic regression on the
 * factor values, and judges the fit on a holdout of whole vacancies (so that no vacancy is in both
 * sets): AUC and precision@k, also for the configured weights to compare.
 */
public final class Kalibrasi {

  private Kalibrasi() {}

  public static HasilKalibrasi jalankan(List<KeputusanHistoris> data, BobotRekomendasi sekarang, double porsiUji, int k, long seed) {
    int kelompok = data.stream().mapToInt(KeputusanHistoris::kelompok).max().orElse(-1) + 1;
    int[] urut = IntStream.range(0, kelompok).toArray();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = urut.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = urut[i];
      urut[i] = urut[j];
      urut[j] = t;
    }
    boolean[] uji = new boolean[kelompok];
    for (int i = 0; i < Math.round(kelompok * porsiUji); i++) {
      uji[urut[i]] = true;
    }
    List<KeputusanHistoris> latih = new ArrayList<>();
    List<KeputusanHistoris> holdout = new ArrayList<>();
    data.forEach(d -> (uji[d.kelompok()] ? holdout : latih).add(d));

    LogisticRegression.Binomial model = LogisticRegression.binomial(x(latih), y(latih), 0.01, 1e-6, 500);
    double[] w = model.coefficients(); // feature coefficients, then the intercept last
    int[] label = y(holdout);
    double[] pModel = holdout.stream().mapToDouble(d -> model.score(d.fitur())).toArray();
    double[] pSekarang = holdout.stream().mapToDouble(d -> GeneratorKeputusanHistoris.dot(bobot(sekarang), d.fitur())).toArray();
    return new HasilKalibrasi(latih.size(), holdout.size(), AUC.of(label, pModel), AUC.of(label, pSekarang), k,
        presisiPadaK(label, pModel, k), presisiPadaK(label, pSekarang, k), java.util.Arrays.copyOf(w, Faktor.values().length),
        disarankan(w));
  }

  /** Share of chosen candidates among the {@code k} highest scored. */
  static double presisiPadaK(int[] label, double[] skor, int k) {
    int n = Math.min(k, label.length);
    if (n == 0) {
      return 0;
    }
    Integer[] idx = IntStream.range(0, label.length).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> skor[i]).reversed());
    int benar = 0;
    for (int i = 0; i < n; i++) {
      benar += label[idx[i]];
    }
    return benar / (double) n;
  }

  /** Positive coefficients rescaled to sum 100, rounded to two decimals. */
  static BobotRekomendasi disarankan(double[] w) {
    double total = 0;
    for (int i = 0; i < Faktor.values().length; i++) {
      total += Math.max(0, w[i]);
    }
    Map<Faktor, Double> m = new EnumMap<>(Faktor.class);
    for (Faktor f : Faktor.values()) {
      double v = total == 0 ? 0 : Math.max(0, w[f.ordinal()]) * 100 / total;
      m.put(f, Math.round(v * 100) / 100.0);
    }
    return BobotRekomendasi.dari(m);
  }

  private static double[] bobot(BobotRekomendasi b) {
    return java.util.Arrays.stream(Faktor.values()).mapToDouble(b::bobot).toArray();
  }

  private static double[][] x(List<KeputusanHistoris> d) {
    return d.stream().map(KeputusanHistoris::fitur).toArray(double[][]::new);
  }

  private static int[] y(List<KeputusanHistoris> d) {
    return d.stream().mapToInt(x -> x.dipilih() ? 1 : 0).toArray();
  }

  /**
   * Command line: {@code java -cp <classpath> id.meritflow.rekomendasi.kalibrasi.Kalibrasi [seed] [lowongan]}
   * calibrates on the synthetic demo decisions and prints the report.
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 20250701L;
    int lowongan = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    System.out.print(jalankan(GeneratorKeputusanHistoris.buat(seed, lowongan, 8), BobotRekomendasi.DEFAULT, 0.2, 50, seed).laporan());
  }
}
