package id.meritflow.benchmark;

import id.meritflow.MeritFlowApplication;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application, started in this JVM on one benchmark database, with its engine under a
 * name of its own (never "default", which belongs to the test suite's shared context; the engine
 * REST API is then addressed as {@code /engine-rest/engine/<name>/...}). Closed after the run.
 */
final class BenchmarkApp implements AutoCloseable {

  final BenchmarkDatabase db;
  final ConfigurableApplicationContext context;
  final URI base;
  final long startMillis;
  private final CaseEnds caseEnds;

  private BenchmarkApp(BenchmarkDatabase db, ConfigurableApplicationContext context, long startMillis, CaseEnds caseEnds) {
    this.db = db;
    this.context = context;
    this.startMillis = startMillis;
    this.caseEnds = caseEnds;
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.base = URI.create("http://127.0.0.1:" + port + "/");
  }

  static BenchmarkApp start(BenchmarkDatabase db, BenchmarkConfig config) {
    Map<String, String> p = new LinkedHashMap<>(properties(db, config));
    // No webapps in this JVM: their filters keep the application context in a static field
    // (LazyInitRegistration), so closing this context would break the webapps of the test suite's
    // shared context. The scenarios use /api and /engine-rest only; the start-up scenario's own JVM
    // has the webapps.
    p.put("camunda.bpm.webapp.enabled", "false");
    // As command-line arguments: they override application.yaml (default properties would not).
    String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    // The engine takes every ProcessEnginePlugin bean: this one tells the scenarios' clients when a case has ended.
    CaseEnds caseEnds = new CaseEnds(java.util.Set.of(MutasiStraightThroughScenario.PROCESS_KEY, BaselineScenario.KEY,
        BaselineScenario.KEY_VARIABLES));
    long t0 = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(MeritFlowApplication.class)
        .initializers(c -> c.getBeanFactory().registerSingleton("benchmarkCaseEnds", caseEnds))
        .profiles(db.profiles().toArray(String[]::new)).run(args);
    return new BenchmarkApp(db, context, (System.nanoTime() - t0) / 1_000_000, caseEnds);
  }

  /** Waits for cases of the watched processes (mutasi, the bare engine's) to end, giving up after {@code limit}. */
  CaseWatcher caseWatcher(java.time.Duration limit) {
    return new CaseWatcher(bean(org.camunda.bpm.engine.HistoryService.class), caseEnds, limit);
  }

  /** Everything the benchmarked application is started with: the same for the in-process context and the child JVM. */
  static Map<String, String> properties(BenchmarkDatabase db, BenchmarkConfig config) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("server.port", "0");
    p.put("camunda.bpm.process-engine-name", db.engineName());
    p.put("meritflow.demo.smtp-port", "0");
    // The demo's sample KP list would run in the job executor while the first scenario is measured.
    p.put("meritflow.demo.contoh-kenaikan-pangkat", "false");
    p.put("meritflow.demo.pegawai", Integer.toString(config.registryPegawai()));
    p.put("meritflow.sk.demo.keys-dir", config.outputDir().resolve("sk-demo-keys").toAbsolutePath().toString());
    if (config.startupChildProcess()) {
      // Full run only: logging is JVM-wide, and the smoke size shares its JVM with the test suite.
      p.put("logging.level.root", "WARN");
      // Claim conflicts between the load test's users answer 500 by design; do not log each one.
      p.put("logging.level.org.camunda.bpm.engine.rest.exception", "ERROR");
      p.put("logging.level.org.camunda.bpm.engine.context", "ERROR");
    }
    p.putAll(db.properties());
    p.putAll(config.springProperties());
    return p;
  }

  /**
   * Waits for the demo's start-up work that runs in the background (the demo signer keys, jobs
   * already due) so that it does not share the CPU with the first measured scenario; returns the wait.
   */
  long settle() throws InterruptedException {
    long t0 = System.nanoTime();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("demo-sertifikat")) {
        t.join(120_000);
      }
    }
    var management = bean(org.camunda.bpm.engine.ManagementService.class);
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (management.createJobQuery().executable().count() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Path of the engine REST API of this application's engine. */
  String engineRest(String path) {
    return "engine-rest/engine/" + db.engineName() + path;
  }

  @Override
  public void close() {
    context.close();
  }
}
