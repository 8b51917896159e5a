package id.meritflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at a seconds-long size on H2, so that the harness cannot rot: every scenario runs
 * and the report is well formed. It asserts shape, never speed (the full run does not run here).
 */
class BenchmarkSmokeTest {

  private static final List<String> SCENARIOS = List.of("baseline", "baselineVariables", "mutasi", "kenaikanPangkat", "rest", "restPaced",
      "restPaced30k", "peringkat", "startup");

  @Test
  void everyScenarioReportsFiguresOrSaysWhyNotAndTheReportIsWellFormed() throws Exception {
    Path out = Path.of("target/benchmark-smoke");
    BenchmarkReport report = new BenchmarkRunner(BenchmarkConfig.smoke(out)).report();
    Path json = report.write(out);

    for (String scenario : SCENARIOS) {
      ScenarioResult r = report.results().stream().filter(x -> x.scenario().equals(scenario)).findFirst()
          .orElseThrow(() -> new AssertionError("scenario " + scenario + " missing from the report"));
      // Every process is on main now: every scenario must measure.
      assertThat(r.status()).as(scenario + ": " + r.reason()).isEqualTo(ScenarioResult.OK);
      assertThat(r.metrics()).as(scenario).isNotEmpty();
      assertThat(r.metrics().values()).as(scenario).allSatisfy(v -> assertThat(v).isNotNaN().isGreaterThanOrEqualTo(0.0));
    }
    assertPositive(report, "baseline", "c1.throughputPerS", "c1.p95Ms", "c4.throughputPerS", "c4.p95Ms");
    assertPositive(report, "baselineVariables", "c1.throughputPerS", "c1.p95Ms", "c4.throughputPerS", "c4.p95Ms");
    assertPositive(report, "mutasi", "c1.throughputPerS", "c1.p95Ms", "c4.throughputPerS", "c4.p95Ms");
    assertPositive(report, "rest", "p99Ms", "requestsPerS", "completions");
    assertPositive(report, "restPaced", "p99Ms", "requestsPerS");
    assertPositive(report, "restPaced30k", "p99Ms", "requestsPerS");
    assertPositive(report, "peringkat", "n1000.medianMs");
    assertPositive(report, "kenaikanPangkat", "rows", "proposalsPerS", "screenedPerS");
    assertPositive(report, "startup", "startupMs", "rssMb");
    assertThat(BenchmarkReport.find(report.results(), "rest", "h2").metric("errors")).isZero();
    assertThat(report.ratiosToBaseline().get("h2")).containsKeys("mutasi.c1.throughput/baseline", "mutasi.c4.throughput/baseline");

    JsonNode written = Json.read(Files.readString(json));
    assertThat(written.path("machine").path("cores").asInt()).isPositive();
    assertThat(written.path("versions").path("camunda").asText()).startsWith("7.");
    assertThat(written.path("versions").path("h2").asText()).startsWith("H2");
    assertThat(written.path("results").size()).isEqualTo(SCENARIOS.size());
    String md = Files.readString(json.resolveSibling(json.getFileName().toString().replace(".json", ".md")));
    assertThat(md).contains("| figure | H2 |", "ratio mutasi.c4.throughput/baseline", "Versions: ");
  }

  private static void assertPositive(BenchmarkReport report, String scenario, String... metrics) {
    ScenarioResult r = report.results().stream().filter(x -> x.scenario().equals(scenario)).findFirst().orElseThrow();
    if (ScenarioResult.OK.equals(r.status())) {
      Map<String, Double> m = r.metrics();
      for (String metric : metrics) {
        assertThat(m.get(metric)).as(scenario + " " + metric).isNotNull().isPositive();
      }
    }
  }
}
