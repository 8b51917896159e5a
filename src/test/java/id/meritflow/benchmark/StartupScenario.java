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
    // Installed as the jar's extracted form is (java -Djarmode=tools -jar meritflow.jar extract): the
    // application's classes in a jar next to the library jars. Class-data sharing needs jars only.
    Path dir = config.outputDir().resolve("terpasang").toAbsolutePath();
    Files.createDirectories(dir);
    Path appJar = ClassesJar.write(Path.of("target/classes"), dir.resolve("meritflow-classes.jar"));
    String classpath = appJar + File.pathSeparator + Files.readString(cpFile).trim();
    Path archive = dir.resolve("meritflow.jsa");
    Files.deleteIfExists(archive);

    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();
    // 1. Without an archive: every class loaded and verified from the jars (not in --quick: time).
    Started plain = config.quickRun() ? null : start(db, config, classpath, List.of(), "startup-" + db.name() + "-tanpa-cds.log");
    if (plain != null) {
      metrics.put("startupNoCdsMs", plain.millis());
    }
    // 2. The training run an installation does once (Dockerfile, docs/operations): start, refresh the
    //    context, exit, and write the loaded classes to the archive.
    long t0 = System.nanoTime();
    Process training = new ProcessBuilder(command(db, config, classpath,
        List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"), freePort()))
        .redirectErrorStream(true).redirectOutput(config.outputDir().resolve("startup-" + db.name() + "-pelatihan.log").toFile())
        .start();
    if (!training.waitFor(LIMIT.toMinutes(), java.util.concurrent.TimeUnit.MINUTES) || !Files.exists(archive)) {
      training.destroyForcibly();
      throw new IllegalStateException("CDS training run did not write " + archive);
    }
    metrics.put("cdsTrainingMs", (System.nanoTime() - t0) / 1e6);
    // 3. The installed system's start: with the archive. This is the figure with the target.
    Started cds = start(db, config, classpath, List.of("-XX:SharedArchiveFile=" + archive), "startup-" + db.name() + ".log");
    metrics.put("startupMs", cds.millis());
    metrics.put("rssMb", cds.rssMb());
    metrics.put("peakRssMb", cds.peakRssMb());
    if (plain != null) {
      metrics.put("rssNoCdsMb", plain.rssMb());
    }
    details.put("method", "separate JVM (default heap settings), existing database, process start to /actuator/health 200;"
        + " startupMs with an AppCDS archive from a training run (-XX:ArchiveClassesAtExit, spring.context.exit=onRefresh),"
        + " startupNoCdsMs without");
    details.put("archiveMb", Files.size(archive) / 1048576.0);
    details.put("log", config.outputDir().resolve("startup-" + db.name() + ".log").toString());
    return ScenarioResult.ok(NAME, db.name(), metrics, details);
  }

  private record Started(double millis, double rssMb, double peakRssMb) {}

  private Started start(BenchmarkDatabase db, BenchmarkConfig config, String classpath, List<String> jvmOptions, String logName)
      throws Exception {
    int port = freePort();
    Path log = config.outputDir().resolve(logName);
    ProcessBuilder pb = new ProcessBuilder(command(db, config, classpath, jvmOptions, port)).redirectErrorStream(true)
        .redirectOutput(log.toFile());
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
      return new Started(startupMs, procStatusMb(process.pid(), "VmRSS"), procStatusMb(process.pid(), "VmHWM"));
    } finally {
      // Killed, not stopped: its shutdown is not measured, and a graceful one waits for the job
      // executor's jobs in hand. This JVM runs on the wall clock while the benchmark application ran on
      // the suite's date (SuiteClock), so the KP cases' TMT timers are due here and it starts working
      // them off: a graceful stop took 17-22 s of the quick run. A kill is a crash the engine's
      // transactions are built for; the database is dropped at the next run.
      process.destroyForcibly();
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  private static List<String> command(BenchmarkDatabase db, BenchmarkConfig config, String classpath, List<String> jvmOptions,
      int port) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-Duser.timezone=Asia/Jakarta", "-cp", classpath, "id.meritflow.MeritFlowApplication",
        "--spring.profiles.active=" + String.join(",", db.profiles())));
    Map<String, String> properties = new LinkedHashMap<>(BenchmarkApp.properties(db, config));
    properties.put("server.port", Integer.toString(port));
    properties.forEach((k, v) -> command.add("--" + k + "=" + v));
    return command;
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
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
