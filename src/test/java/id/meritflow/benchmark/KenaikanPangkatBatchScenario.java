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
 * <p>Besides the settled time it records when every valid row had been screened (its usulan_kp
 * row written): "a national period screened in minutes" is that figure; the settled time adds
 * pertek and the SK signing of the clean rows.
 */
final class KenaikanPangkatBatchScenario implements Scenario {

  static final String NAME = "kenaikanPangkat";
  static final String PROCESS_KEY = "kenaikan-pangkat";
  static final String JENIS = "KENAIKAN_PANGKAT";
  private static final long LIMIT_MS = 60 * 60 * 1000L;

  /** The period batch at the national monthly volume, when the run asks for it (growth, docs/benchmarks.md). */
  static final String NAME_LARGE = "kenaikanPangkatBesar";

  private final String name;
  private final boolean large;

  KenaikanPangkatBatchScenario() {
    this(NAME, false);
  }

  private KenaikanPangkatBatchScenario(String name, boolean large) {
    this.name = name;
    this.large = large;
  }

  /** The second size of the growth table: {@link BenchmarkConfig#kpLargeRows()} rows. */
  static KenaikanPangkatBatchScenario large() {
    return new KenaikanPangkatBatchScenario(NAME_LARGE, true);
  }

  @Override
  public String name() {
    return name;
  }

  private int rows(BenchmarkConfig config) {
    return large ? config.kpLargeRows() : config.kpRows();
  }

  /** One batch row: a regular promotion of this employee in the given period. */
  static Map<String, Object> baris(String nip, String periode) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("nip", nip);
    row.put("jenis", "REGULER");
    row.put("periode", periode);
    return row;
  }

  /** The first period open today, as the application's own calendar says. */
  static String periodeTerbuka(BenchmarkApp app) {
    return app.bean(id.meritflow.kenaikanpangkat.domain.KalenderPeriodeKp.class)
        .terbuka(java.time.LocalDate.now(new id.meritflow.platform.waktu.EngineClock())).get(0).kode();
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

  private static long countScreened(JdbcTemplate jdbc, String batchId) {
    Long n = jdbc.queryForObject("select count(*) from usulan_kp where batch_id = ?", Long.class, batchId);
    return n == null ? 0 : n;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    String reason = unavailable(app);
    if (reason != null) {
      return ScenarioResult.skipped(name, app.db.name(), reason);
    }
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    // statistics: BenchmarkRunner analyses the database before each scenario (this server has autovacuum off)
    String periode = periodeTerbuka(app);
    List<String> nips = jdbc.queryForList("""
        select nip from pegawai where nip not in (select nip from usulan_kp) order by nip fetch first ? rows only""",
        String.class, rows(config));
    List<Map<String, Object>> rows = new ArrayList<>();
    nips.forEach(nip -> rows.add(baris(nip, periode)));
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
      int valid = r.path("jumlah").path("valid").asInt();
      long screened = 0;
      while (true) {
        if (screened == 0 && countScreened(jdbc, id) >= valid) {
          screened = System.nanoTime();
        }
        view = Json.read(http.get("admin", "api/batch/" + id).body());
        boolean started = "SELESAI".equals(view.path("status").asText());
        if (started && management.createJobQuery().executable().count() == 0) {
          break;
        }
        if ((System.nanoTime() - t0) / 1_000_000 > Math.min(LIMIT_MS, 120_000L + rows.size() * 200L)) {
          var pending = management.createJobQuery().listPage(0, 5).stream()
              .map(j -> j.getProcessDefinitionKey() + "/" + j.getJobDefinitionId() + " retries " + j.getRetries()
                  + " due " + j.getDuedate() + " " + j.getExceptionMessage()).toList();
          throw new IllegalStateException("batch " + id + " not settled: " + view + "; screened " + countScreened(jdbc, id)
              + "; executable jobs " + management.createJobQuery().executable().count() + "; jobs e.g. " + pending);
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
      double screenedSeconds = ((screened == 0 ? System.nanoTime() : screened) - t0) / 1e9;
      metrics.put("screenedSeconds", screenedSeconds);
      metrics.put("screenedPerS", valid / screenedSeconds);
      metrics.put("casesStarted", jumlah.path("dimulai").asDouble());
      metrics.put("casesEnded", jumlah.path("kasusSelesai").asDouble());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("invalidRows", jumlah.path("invalid").asInt());
      details.put("periode", periode);
      Map<String, Integer> kesimpulan = new LinkedHashMap<>();
      jdbc.query("select kesimpulan, count(*) n from usulan_kp where batch_id = ? group by kesimpulan order by kesimpulan",
          rs -> { kesimpulan.put(rs.getString("kesimpulan"), rs.getInt("n")); }, id);
      details.put("kesimpulan", kesimpulan);
      details.put("failedJobs", management.createJobQuery().withException().count());
      details.put("settledWhen", "batch SELESAI and no executable job left (cases ended or waiting)");
      return ScenarioResult.ok(name, app.db.name(), metrics, details);
    }
  }
}
