package id.meritflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full benchmark (minutes, both databases). Not part of {@code mvn verify}: run it with
 * {@code scripts/benchmark.sh} or {@code mvn -Pbenchmark test}; see docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "meritflow.benchmark", matches = "true",
    disabledReason = "the full benchmark runs only through scripts/benchmark.sh (mvn -Pbenchmark test)")
class MeritFlowBenchmark {

  @Test
  void measuresMeritFlowBesideTheBareEngine() throws Exception {
    BenchmarkConfig config = BenchmarkConfig.fromSystemProperties();
    BenchmarkReport report = new BenchmarkRunner(config).report();
    Path json = report.write(config.outputDir());
    BenchmarkRunner.log("written %s and %s", json, json.resolveSibling(json.getFileName().toString().replace(".json", ".md")));
    System.out.println(Files.readString(json.resolveSibling(json.getFileName().toString().replace(".json", ".md"))));
    if (config.quickRun()) {
      // --quick is the gate of issue #17: a missed target (or a missing figure) fails the run
      org.assertj.core.api.Assertions.assertThat(report.targetsNotMet()).as("targets not met").isEmpty();
    }
  }
}
