package id.meritflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.platform.batch.JenisBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A kenaikan-pangkat period: N proposals of N distinct employees submitted in one request through
 * the batch platform ({@code POST /api/batch/KENAIKAN_PANGKAT}), timed until the batch is
 * {@code SELESAI} (every row has its case) and every case has ended or stopped at a wait state
 * (no executable job left in the engine). Skipped, and says so, while the process or the batch kind
 * is not deployed.
 *
 * <p>The row shape is provisional: adjust {@link #baris} when the KP feature is merged.
 */
final class KenaikanPangkatBatchScenario implements Scenario {

  static final String NAME = "kenaikanPangkat";
  static final String PROCESS_KEY = "kenaikan-pangkat";
  static final String JENIS = "KENAIKAN_PANGKAT";
  static final String PERIODE = "2026-10";
  private static final long LIMIT_MS = 60 * 60 * 1000L;

  @Override
  public String name() {
    return NAME;
  }

  /** One batch row for this employee. Provisional shape, until the KP batch kind exists on this branch. */
  static Map<String, Object> baris(String nip) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("nip", nip);
    row.put("jenis", "REGULER");
    row.put("periode", PERIODE);
    return row;
  }

  static String unavailable(BenchmarkApp app) {
    boolean process = app.bean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .count() > 0;
    boolean kind = app.context.getBeansOfType(JenisBatch.class).values().stream().anyMatch(k -> JENIS.equals(k.kode()));
    if (!process) {
      return "not available: process " + PROCESS_KEY + " not deployed";
    }
    return kind ? null : "not available: batch kind " + JENIS + " not registered";
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    String reason = unavailable(app);
    if (reason != null) {
      return ScenarioResult.skipped(NAME, app.db.name(), reason);
    }
    List<String> nips = app.bean(JdbcTemplate.class).queryForList("select nip from pegawai order by nip limit ?",
        String.class, config.kpRows());
    List<Map<String, Object>> rows = new ArrayList<>();
    nips.forEach(nip -> rows.add(baris(nip)));
    ManagementService management = app.bean(ManagementService.class);
    try (Http http = new Http(app.base, 2)) {
      long t0 = System.nanoTime();
      Http.Response receipt = http.post("admin", "api/batch/" + JENIS, Json.write(rows),
          Map.of("Idempotency-Key", "benchmark-kp-" + UUID.randomUUID()));
      long accepted = System.nanoTime();
      if (!receipt.ok()) {
        throw new IllegalStateException("batch refused: " + receipt.status() + " " + receipt.body());
      }
      JsonNode r = Json.read(receipt.body());
      String id = r.get("id").asText();
      JsonNode view = r;
      while (true) {
        view = Json.read(http.get("admin", "api/batch/" + id).body());
        boolean started = "SELESAI".equals(view.path("status").asText());
        if (started && management.createJobQuery().executable().count() == 0) {
          break;
        }
        if ((System.nanoTime() - t0) / 1_000_000 > LIMIT_MS) {
          throw new IllegalStateException("batch " + id + " not settled after " + LIMIT_MS / 60_000 + " min: " + view);
        }
        CaseWatcher.sleep(500);
      }
      double total = (System.nanoTime() - t0) / 1e9;
      JsonNode jumlah = view.path("jumlah");
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("rows", (double) rows.size());
      metrics.put("totalSeconds", total);
      metrics.put("proposalsPerS", rows.size() / total);
      metrics.put("intakeSeconds", (accepted - t0) / 1e9);
      metrics.put("casesStarted", jumlah.path("dimulai").asDouble());
      metrics.put("casesEnded", jumlah.path("kasusSelesai").asDouble());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("invalidRows", jumlah.path("invalid").asInt());
      details.put("failedJobs", management.createJobQuery().withException().count());
      details.put("settledWhen", "batch SELESAI and no executable job left (cases ended or waiting)");
      return ScenarioResult.ok(NAME, app.db.name(), metrics, details);
    }
  }
}
