package id.meritflow.benchmark;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up time and memory. Full run: the application as a separate JVM on the benchmark database
 * after the measured scenarios (schema, registry and deployments exist: the start of an installed
 * system), from process start to {@code /actuator/health} answering 200; memory is its resident set
 * (VmRSS, and the peak VmHWM) read from /proc once healthy. It needs the runtime classpath that the
 * {@code benchmark} Maven profile writes to {@value #CLASSPATH_FILE}. The smoke size reports the
 * in-process context's start and this JVM's RSS instead, and says so.
 */
final class StartupScenario {

  static final String NAME = "startup";
  static final String CLASSPATH_FILE = "target/benchmark-classpath.txt";
  private static final Duration LIMIT = Duration.ofMinutes(5);

  ScenarioResult inProcess(BenchmarkApp app) throws Exception {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("startupMs", (double) app.startMillis);
    metrics.put("rssMb", procStatusMb(ProcessHandle.current().pid(), "VmRSS"));
    return ScenarioResult.ok(NAME, app.db.name(), metrics, Map.of("method",
        "in-process context start (test JVM, registry generated in it); RSS of the whole test JVM"));
  }

  ScenarioResult childProcess(BenchmarkDatabase db, BenchmarkConfig config) throws Exception {
    Path cpFile = Path.of(CLASSPATH_FILE);
    if (!Files.exists(cpFile)) {
      return ScenarioResult.skipped(NAME, db.name(), "not available: " + CLASSPATH_FILE
          + " missing (run through the benchmark Maven profile or scripts/benchmark.sh)");
    }
    String classpath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator + Files.readString(cpFile).trim();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, "id.meritflow.MeritFlowApplication",
        "--spring.profiles.active=" + String.join(",", db.profiles())));
    Map<String, String> properties = new LinkedHashMap<>(BenchmarkApp.properties(db, config));
    properties.put("server.port", Integer.toString(port));
    properties.forEach((k, v) -> command.add("--" + k + "=" + v));
    Path log = config.outputDir().resolve("startup-" + db.name() + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TZ", "Asia/Jakarta");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    Process process = pb.start();
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("application exited with " + process.exitValue() + "; see " + log);
        }
        try {
          if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() - t0 > LIMIT.toNanos()) {
          throw new IllegalStateException("not healthy after " + LIMIT.toMinutes() + " min; see " + log);
        }
        Thread.sleep(100);
      }
      double startupMs = (System.nanoTime() - t0) / 1e6;
      Thread.sleep(1000); // let start-up work that runs after the health probe settle before reading memory
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("startupMs", startupMs);
      metrics.put("rssMb", procStatusMb(process.pid(), "VmRSS"));
      metrics.put("peakRssMb", procStatusMb(process.pid(), "VmHWM"));
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("method", "separate JVM (default heap settings), existing database, process start to /actuator/health 200");
      details.put("log", log.toString());
      return ScenarioResult.ok(NAME, db.name(), metrics, details);
    } finally {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static double procStatusMb(long pid, String field) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }
}
