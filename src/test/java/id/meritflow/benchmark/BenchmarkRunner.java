package id.meritflow.benchmark;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs every scenario on each database in one go: for each database a fresh database, the
 * application started once in this JVM, the bare-engine baseline and the MeritFlow scenarios
 * against it, then (full size) the application's own start-up as a separate JVM. A scenario that
 * throws is recorded as FAILED and the run goes on.
 */
final class BenchmarkRunner {

  private final BenchmarkConfig config;
  /**
   * Tasklist first: its open cases (3,000, then 30,000) stay open, so the straight-through and batch
   * scenarios after it run on runtime tables of a working system, analysed, rather than on tables that
   * grow from empty during the measurement. On an empty database without autovacuum (this server has
   * it off) every connection keeps plans made for empty tables: in a KP batch from empty tables
   * PostgreSQL read ACT_RU_EXECUTION sequentially 119,228 times (203 million rows) for its foreign-key
   * checks and lookups (docs/benchmarks.md). The bare engine runs on the same tables as mutasi.
   *
   * <p>The KP batches before the bare engine and mutasi (since the sixth session), and mutasi's warm-up
   * before the bare engine's ({@link #prepareMutasi}): the two are compared as a server that has been
   * up runs them, each with its code compiled. The engine's code was, by the Tasklist scenarios' 27,000
   * case starts; mutasi's own (the SK's rendering and signing above all) had run some 45 times: in runs
   * s6a and s6c–s6e the JIT compilers worked 40–50 ms per measured four-client mutasi case, and an SK's
   * rendering and signing took 5–9 ms with one client against 2.6 ms once compiled. The batch signs a
   * period's SKs through the same code first: in runs s6f–s6h the JIT worked 19–29 ms per bare-engine
   * case and 21–40 per mutasi case (docs/benchmarks.md, "Sixth session").
   */
  private final List<Scenario> scenarios = List.of(TasklistLoadScenario.saturated(), TasklistLoadScenario.paced(),
      TasklistLoadScenario.paced30k(), new KenaikanPangkatBatchScenario(), KenaikanPangkatBatchScenario.large(),
      new BaselineScenario(), BaselineScenario.withMutasiVariables(), new MutasiStraightThroughScenario());

  BenchmarkRunner(BenchmarkConfig config) {
    this.config = config;
  }

  /**
   * Statistics and dead rows as a production database has them. This PostgreSQL server runs with
   * autovacuum off, so tables filled by start-up (the registry) and by earlier scenarios would keep the
   * statistics of empty tables, and the engine's runtime tables the dead rows of every finished case
   * (after mutasi's warm-up, 9,387 dead rows beside 183 live ones in ACT_RU_VARIABLE and 4,745 beside
   * 26 in ACT_RU_JOB, which the job acquisition and each job's variable fetch walk through;
   * docs/benchmarks.md, "Eighth session"). The tables autovacuum would analyse are analysed (changed by
   * more than 50 rows + 10 % of the table since their last analysis) before each scenario and every
   * 60 s while they run (autovacuum's default naptime, with its default cost-based throttling). Before
   * each scenario, outside its measured time, the tables autovacuum would vacuum are vacuumed too (more
   * dead rows than 50 + 20 % of the table, or more rows inserted since the last vacuum than 1,000 +
   * 20 %), unthrottled since nothing is measured then; not during a scenario, where a throttled vacuum
   * of tables just filled in bulk (30,000 open cases) ran for 30 s of the Tasklist measurement (run `s8j`).
   */
  private static void standInForAutovacuum(BenchmarkApp app, String dbName, boolean vacuumToo) {
    standInForAutovacuum(app, dbName, vacuumToo, true);
  }

  /**
   * The stand-in's pass, vacuum included and not throttled, right after a scenario filled tables in bulk
   * and before its warm-up (the Tasklist scenarios' open cases: the 27,000 of restPaced30k made the 60-s
   * pass analyse for 11 s, which fell into that scenario's warm-up or its measured seconds depending on
   * how long the scenarios before it took; run s10c). Autovacuum would have seen them as soon.
   */
  static void afterBulkLoad(BenchmarkApp app) {
    standInForAutovacuum(app, app.db.name(), true, false);
  }

  private static void standInForAutovacuum(BenchmarkApp app, String dbName, boolean vacuumToo, boolean throttled) {
    if (!"postgres".equals(dbName)) {
      return;
    }
    var jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
    if (!"off".equals(jdbc.queryForObject("show autovacuum", String.class))) {
      return;
    }
    long t0 = System.nanoTime();
    List<String> vacuum = !vacuumToo ? List.of() : jdbc.queryForList("""
        select quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_user_tables
        where n_dead_tup > 50 + 0.2 * greatest(n_live_tup, 0)
           or n_ins_since_vacuum > 1000 + 0.2 * greatest(n_live_tup, 0)""", String.class);
    List<String> analyze = jdbc.queryForList("""
        select quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_user_tables
        where n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)""", String.class);
    // VACUUM runs outside a transaction block: one statement at a time on one connection (auto-commit)
    jdbc.execute((java.sql.Connection c) -> {
      try (var statement = c.createStatement()) {
        if (!vacuum.isEmpty()) {
          statement.execute("vacuum " + String.join(", ", vacuum));
        }
        if (!analyze.isEmpty()) {
          if (throttled) { // as autovacuum is by default (autovacuum_vacuum_cost_delay 2 ms, cost limit 200)
            statement.execute("set vacuum_cost_delay = '2ms'");
            statement.execute("set vacuum_cost_limit = 200");
          }
          statement.execute("analyze " + String.join(", ", analyze));
          statement.execute("reset vacuum_cost_delay");
          statement.execute("reset vacuum_cost_limit");
        }
      }
      return null;
    });
    log("%s: %sanalyzed %d tables as autovacuum would have (it is off on this server) in %d ms", dbName,
        vacuumToo ? "vacuumed " + vacuum.size() + " and " : "", analyze.size(), (System.nanoTime() - t0) / 1_000_000);
  }

  /** Runs and writes the report; returns the JSON file. */
  Path run() throws Exception {
    return report().write(config.outputDir());
  }

  BenchmarkReport report() throws Exception {
    LocalDateTime startedAt = LocalDateTime.now().withNano(0);
    Map<String, Object> machine = MachineInfo.machine();
    machine.put("loadAverageStart", MachineInfo.loadAverage());
    machine.put("cpuCheckMsStart", MachineInfo.cpuCheckMs());
    Map<String, Object> versions = MachineInfo.versions();
    List<ScenarioResult> results = new ArrayList<>();
    StartupScenario startup = new StartupScenario();
    boolean ranked = false;
    for (String dbName : config.dbs()) {
      BenchmarkDatabase db = dbName.equals("h2") ? BenchmarkDatabase.h2(config) : BenchmarkDatabase.postgres(config);
      log("%s: starting the application (%d employees)", dbName, config.registryPegawai());
      try (BenchmarkApp app = BenchmarkApp.start(db, config)) {
        log("%s: started in %d ms", dbName, app.startMillis);
        log("%s: settled after %d ms (demo start-up work in the background finished)", dbName, app.settle());
        try (var c = app.bean(DataSource.class).getConnection()) {
          versions.put(dbName, c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion());
        }
        SqlProfile sql = new SqlProfile(app.bean(DataSource.class));
        try (var autovacuum = new AutovacuumStandIn(() -> standInForAutovacuum(app, dbName, false))) {
          runScenarios(app, dbName, sql, results);
        }
        if (!ranked && config.runs(PeringkatScenario.NAME)) {
          results.add(run(PeringkatScenario.NAME, "-", () -> new PeringkatScenario().run(app, config)));
          ranked = true;
        }
        if (!config.startupChildProcess() && config.runs(StartupScenario.NAME)) {
          results.add(run(StartupScenario.NAME, dbName, () -> startup.inProcess(app)));
        }
      }
      if (config.startupChildProcess() && config.runs(StartupScenario.NAME)) {
        results.add(run(StartupScenario.NAME, dbName, () -> startup.childProcess(db, config)));
      }
    }
    machine.put("loadAverageEnd", MachineInfo.loadAverage());
    machine.put("cpuCheckMsEnd", MachineInfo.cpuCheckMs());
    return BenchmarkReport.of(config, startedAt, results, machine, versions);
  }

  private interface Body {
    ScenarioResult run() throws Exception;
  }

  private static ScenarioResult run(String name, String db, Body body) {
    log("%s: %s ...", db, name);
    long t0 = System.nanoTime();
    ScenarioResult r;
    try {
      r = body.run();
    } catch (Throwable e) {
      e.printStackTrace();
      r = ScenarioResult.failed(name, db, e);
    }
    log("%s: %s %s in %.1f s %s %s", db, name, r.status(), (System.nanoTime() - t0) / 1e9, r.metrics(),
        r.reason() == null ? "" : r.reason());
    return r;
  }

  /**
   * mutasi's search and warm-up before the bare engine's warm-up, so that both have run before either
   * is measured (MutasiStraightThroughScenario.prepare). A failure here is mutasi's to report: its run
   * prepares again.
   */
  private void prepareMutasi(BenchmarkApp app, String dbName) {
    for (Scenario s : scenarios) {
      if (s instanceof MutasiStraightThroughScenario mutasi) {
        log("%s: mutasi's search and warm-up, before the bare engine's (both warmed before either is measured)", dbName);
        long t0 = System.nanoTime();
        try {
          mutasi.prepare(app, config);
        } catch (Exception e) {
          log("%s: mutasi's preparation failed (%s); its run will try again", dbName, e);
        }
        log("%s: mutasi prepared in %.1f s", dbName, (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  private void runScenarios(BenchmarkApp app, String dbName, SqlProfile sql, List<ScenarioResult> results) {
    for (Scenario s : scenarios) {
      if (config.runs(s.name()) && !(s.name().equals(KenaikanPangkatBatchScenario.NAME_LARGE) && config.kpLargeRows() == 0)) {
        if (s.name().equals(BaselineScenario.NAME) && config.runs(MutasiStraightThroughScenario.NAME)) {
          prepareMutasi(app, dbName);
        }
        standInForAutovacuum(app, dbName, true);
        sql.reset();
        ScenarioResult r = run(s.name(), dbName, () -> s.run(app, config));
        if (sql.available() && r.details() != null && ScenarioResult.OK.equals(r.status())) {
          r.details().put("sql", sql.read(15));
        }
        results.add(r);
      }
    }
  }

  /** {@link #standInForAutovacuum} every 60 s (autovacuum's default naptime) while the scenarios run. */
  private static final class AutovacuumStandIn implements AutoCloseable {
    private final java.util.concurrent.ScheduledExecutorService timer =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "benchmark-autovacuum");
          t.setDaemon(true);
          return t;
        });

    AutovacuumStandIn(Runnable analyse) {
      timer.scheduleWithFixedDelay(() -> {
        try {
          analyse.run();
        } catch (RuntimeException e) {
          log("analyze failed: %s", e.getMessage());
        }
      }, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * Stops the timer and waits for a pass in progress: the application closes next, and an analyze
     * still running then failed on its closed connection ("I/O error", run kp75d).
     */
    @Override
    public void close() {
      timer.shutdown();
      try {
        timer.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static void log(String format, Object... args) {
    System.out.printf("[benchmark %s] %s%n", LocalDateTime.now().withNano(0).toLocalTime(), String.format(format, args));
  }
}
