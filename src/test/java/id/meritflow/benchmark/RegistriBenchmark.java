package id.meritflow.benchmark;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The registry growth scenario ({@link RegistriScenario}) on a PostgreSQL database of its own
 * (dropped and re-created): {@code mvn -o -Pbenchmark test -Dtest=RegistriBenchmark
 * -Dmeritflow.benchmark.registry=100000,1000000}. Options: {@code meritflow.benchmark.registri.url}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/meritflow_bench_registri}), {@code .registri.base}
 * (employees from the demo generator, default 10,000), {@code .registri.ranking-runs} (default 5),
 * {@code .registri.search-runs} (default 20), {@code label}, {@code set}. Never part of {@code mvn verify}.
 */
@EnabledIfSystemProperty(named = "meritflow.benchmark", matches = "true",
    disabledReason = "a benchmark of minutes: run it with mvn -Pbenchmark test -Dtest=RegistriBenchmark")
class RegistriBenchmark {

  @Test
  void measuresHowCostGrowsWithTheRegistry() throws Exception {
    BenchmarkConfig c = BenchmarkConfig.fromSystemProperties();
    List<Integer> sizes = Arrays.stream(System.getProperty("meritflow.benchmark.registry", "100000,1000000").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    String url = System.getProperty("meritflow.benchmark.registri.url",
        "jdbc:postgresql://127.0.0.1:5432/meritflow_bench_registri");
    BenchmarkConfig config = new BenchmarkConfig(c.size(), List.of("postgres"),
        Integer.getInteger("meritflow.benchmark.registri.base", 10_000), c.warmup(), c.casesOneClient(),
        c.casesPerClientOfFour(), c.restUsers(), c.restSeconds(), c.restCases(), c.kpRows(), 0, sizes, false, url,
        c.postgresUser(), c.outputDir(), c.label().isBlank() ? "registri" : c.label(), c.springProperties(),
        java.util.Set.of(RegistriScenario.NAME));
    RegistriScenario scenario = new RegistriScenario(sizes, Integer.getInteger("meritflow.benchmark.registri.ranking-runs", 5),
        Integer.getInteger("meritflow.benchmark.registri.search-runs", 20));
    LocalDateTime startedAt = LocalDateTime.now().withNano(0);
    Map<String, Object> machine = MachineInfo.machine();
    machine.put("loadAverageStart", MachineInfo.loadAverage());
    Map<String, Object> versions = MachineInfo.versions();
    BenchmarkDatabase db = BenchmarkDatabase.postgres(config);
    ScenarioResult result;
    BenchmarkRunner.log("registri: starting the application (%d employees from the demo generator)", config.registryPegawai());
    try (BenchmarkApp app = BenchmarkApp.start(db, config)) {
      BenchmarkRunner.log("registri: started in %d ms", app.startMillis);
      try {
        result = scenario.run(app, config);
      } catch (Throwable e) {
        e.printStackTrace();
        result = ScenarioResult.failed(RegistriScenario.NAME, "postgres", e);
      }
    }
    BenchmarkRunner.log("registri: %s %s %s", result.status(), result.metrics(), result.reason() == null ? "" : result.reason());
    machine.put("loadAverageEnd", MachineInfo.loadAverage());
    var json = BenchmarkReport.of(config, startedAt, List.of(result), machine, versions).write(config.outputDir());
    BenchmarkRunner.log("written %s", json);
  }
}
