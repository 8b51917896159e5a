package id.meritflow.benchmark;

import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.rekomendasi.domain.CalonAcak;
import id.meritflow.rekomendasi.domain.HasilPeringkat;
import id.meritflow.rekomendasi.domain.KonteksJabatan;
import id.meritflow.rekomendasi.domain.Pemeringkat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranking N employees for one position in memory (eligibility by the mutasi rules, score, 9-box),
 * as {@code GET /api/rekomendasi/jabatan/{id}/kandidat} does after its registry read. Independent of
 * the database, so it runs once per benchmark (db "-"). Formerly {@code PeringkatBenchmark}.
 */
final class PeringkatScenario implements Scenario {

  static final String NAME = "peringkat";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();
    KonteksJabatan k = CalonAcak.konteks();
    Pemeringkat pemeringkat = CalonAcak.pemeringkat();
    boolean smoke = "smoke".equals(config.size());
    for (int n : config.rankingSizes()) {
      List<PegawaiProfil> calon = new CalonAcak(20260701).banyak(n);
      int warmup = smoke ? 1 : Math.max(3, 200_000 / n);
      int repeats = smoke ? 3 : 15;
      for (int i = 0; i < warmup; i++) {
        pemeringkat.peringkat(k, calon, 50);
      }
      double[] ms = new double[repeats];
      HasilPeringkat hasil = null;
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        hasil = pemeringkat.peringkat(k, calon, 50);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      metrics.put("n" + n + ".medianMs", ms[repeats / 2]);
      metrics.put("n" + n + ".worstMs", ms[repeats - 1]);
      details.put("n" + n + ".ineligible", hasil.tidakMemenuhi().size());
    }
    details.put("what", "in-memory ranking (CalonAcak synthetic candidates, limit 50), median of repeats after warm-up");
    return ScenarioResult.ok(NAME, "-", metrics, details);
  }
}
