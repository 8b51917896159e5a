package id.meritflow.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sizes and switches of one benchmark run. {@link #full} is what {@code scripts/benchmark.sh} runs;
 * {@link #smoke} is the seconds-long size the test suite runs so the harness cannot rot.
 *
 * @param registryPegawai employees generated into the benchmark database (the KP batch needs that many distinct ones)
 * @param warmup straight-through cases (baseline and mutasi each) run and discarded before measuring
 * @param casesOneClient cases measured with one client
 * @param casesPerClientOfFour cases per client with four concurrent clients
 * @param restUsers concurrent Tasklist users; {@code restSeconds} how long they work; {@code restCases} open cases they share
 * @param kpRows rows of the kenaikan-pangkat period batch
 * @param kpLargeRows rows of a second, larger period batch for the growth table (0 = none)
 * @param rankingSizes employees ranked in memory
 * @param startupChildProcess true: start the app as a separate JVM (start-up time, RSS); false: report this context's start
 * @param springProperties extra properties of the benchmarked application (tuning experiments)
 * @param scenarios scenario names to run; empty = all
 */
public record BenchmarkConfig(String size, List<String> dbs, int registryPegawai, int warmup, int casesOneClient,
    int casesPerClientOfFour, int restUsers, int restSeconds, int restCases, int kpRows, int kpLargeRows, List<Integer> rankingSizes,
    boolean startupChildProcess, String postgresUrl, String postgresUser, Path outputDir, String label,
    Map<String, String> springProperties, Set<String> scenarios) {

  static BenchmarkConfig full() {
    return new BenchmarkConfig("full", List.of("h2", "postgres"), 10_000, 5, 20, 10, 50, 20, 3_000, 10_000, 75_000,
        List.of(10_000, 100_000), true, "jdbc:postgresql://127.0.0.1:5432/meritflow_bench", "postgres",
        Path.of("target/benchmark"), "", Map.of(), Set.of());
  }

  /**
   * {@code scripts/benchmark.sh --quick}: PostgreSQL only, the four targets of issue #17 (KP batch,
   * Tasklist REST p99, start-up, mutasi beside the bare engine) at sizes that fit in about five minutes.
   */
  static BenchmarkConfig quick() {
    return new BenchmarkConfig("quick", List.of("postgres"), 10_000, 5, 10, 5, 50, 20, 3_000, 5_000, 0,
        List.of(10_000), true, "jdbc:postgresql://127.0.0.1:5432/meritflow_bench", "postgres",
        Path.of("target/benchmark"), "", Map.of(),
        Set.of("baseline", "mutasi", KenaikanPangkatBatchScenario.NAME, "restPaced", "restPaced30k", StartupScenario.NAME));
  }

  static BenchmarkConfig smoke(Path outputDir) {
    return new BenchmarkConfig("smoke", List.of("h2"), 1_000, 0, 2, 1, 4, 2, 12, 20, 0, List.of(200, 1_000), false,
        null, null, outputDir, "smoke", Map.of(), Set.of());
  }

  boolean quickRun() {
    return size.equals("quick");
  }

  /** The full run, changed by system properties {@code meritflow.benchmark.*} (see docs/benchmarks.md). */
  static BenchmarkConfig fromSystemProperties() {
    BenchmarkConfig c = "quick".equals(System.getProperty("meritflow.benchmark.size")) ? quick() : full();
    String db = System.getProperty("meritflow.benchmark.db", c.dbs().size() == 2 ? "both" : c.dbs().get(0));
    List<String> dbs = switch (db) {
      case "h2" -> List.of("h2");
      case "postgres" -> List.of("postgres");
      case "both" -> List.of("h2", "postgres");
      default -> throw new IllegalArgumentException("meritflow.benchmark.db: h2, postgres or both, not " + db);
    };
    // --kp N: one batch of N rows (no growth run); otherwise the size's own pair
    Integer kpOption = Integer.getInteger("meritflow.benchmark.kp");
    int kp = kpOption != null ? kpOption : c.kpRows();
    int kpLarge = kpOption != null ? 0 : c.kpLargeRows();
    Map<String, String> props = new LinkedHashMap<>();
    for (String pair : System.getProperty("meritflow.benchmark.set", "").split(";")) {
      if (pair.contains("=")) {
        props.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
      }
    }
    Set<String> scenarios = Set.of(System.getProperty("meritflow.benchmark.scenarios", "").split(",")).stream()
        .map(String::trim).filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toSet());
    if (scenarios.isEmpty()) {
      scenarios = c.scenarios();
    }
    // every KP row is a distinct employee not yet proposed: the registry holds both batches and some spare
    int registry = Math.max(c.registryPegawai(), kp + kpLarge + (kpLarge > 0 ? 5_000 : 0));
    return new BenchmarkConfig(c.size(), dbs, registry, c.warmup(), c.casesOneClient(),
        c.casesPerClientOfFour(), c.restUsers(), Integer.getInteger("meritflow.benchmark.rest-seconds", c.restSeconds()),
        c.restCases(), kp, kpLarge, c.rankingSizes(), c.startupChildProcess(),
        System.getProperty("meritflow.benchmark.postgres.url", c.postgresUrl()),
        System.getProperty("meritflow.benchmark.postgres.user", c.postgresUser()),
        Path.of(System.getProperty("meritflow.benchmark.out", c.outputDir().toString())),
        System.getProperty("meritflow.benchmark.label", ""), props, scenarios);
  }

  boolean runs(String scenario) {
    return scenarios.isEmpty() || scenarios.contains(scenario);
  }
}
