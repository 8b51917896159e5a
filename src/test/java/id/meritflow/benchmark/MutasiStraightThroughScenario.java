package id.meritflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Straight-through mutasi: a clean eselon III transfer from {@code POST /api/mutasi} to the end of
 * the case (DELEGASI-signed SK, TMT today so the TMT timer is due at once, registry updated), with
 * no human task. Latency is the case's start-to-end in the engine history; a case that meets a
 * human task is counted apart and not in the figures.
 */
final class MutasiStraightThroughScenario implements Scenario {

  static final String NAME = "mutasi";
  static final String PROCESS_KEY = "mutasi";
  static final String JENIS_JABATAN = "ADMINISTRATOR";
  /**
   * Extra seats per eselon III post, added to the benchmark registry before searching. The demo
   * registry fills its formasi almost completely (about one vacant eselon III post per 250
   * employees), and every straight-through transfer fills one, so a run of 65 transfers needs more
   * vacancies than a 10,000-employee registry has. A benchmark database only.
   */
  static final int EXTRA_SEATS = 2;
  /**
   * Straight-through transfers of another post type run before the measured ones and discarded (four
   * clients, as the measured four-client cases), so that mutasi's own code is measured compiled, as in
   * a server that has been up: with 5 warm-up cases the SK step took 28 ms of a one-client case,
   * against ~4 ms for rendering and signing once compiled; with 40 the JIT compilers still worked
   * 17–27 ms per measured four-client mutasi case against the bare engine's 8–15, whose engine code the
   * earlier scenarios had run thousands of times (docs/benchmarks.md, "Seventh session"). The bare
   * engine's warm-up has as many cases. The smoke size in the test suite runs a few. A diagnostic
   * run may ask for more with {@code -Dmeritflow.benchmark.warmup-other=N} (the quick registry holds
   * about 400 such transfers).
   */
  static final String WARMUP_JENIS_JABATAN = "PELAKSANA";
  static final int WARMUP_OTHER_TYPE = Integer.getInteger("meritflow.benchmark.warmup-other", 200);
  static final int WARMUP_OTHER_TYPE_SMOKE = 10;

  static int warmupOtherType(BenchmarkConfig config) {
    return config.size().equals("smoke") ? WARMUP_OTHER_TYPE_SMOKE : WARMUP_OTHER_TYPE;
  }

  /**
   * Of the other type's transfers, this many are kept for just before the measured cases (four
   * clients): the bare engine's cases run between mutasi's warm-up and its measurement, and the engine
   * code they share is compiled again for the bare engine's types; the bare engine's own warm-up comes
   * right before its measurement (docs/benchmarks.md, "Eighth session").
   */
  static final int REWARM_OTHER_TYPE = 60;
  static final int REWARM_OTHER_TYPE_SMOKE = 2;

  static int rewarmOtherType(BenchmarkConfig config) {
    return config.size().equals("smoke") ? REWARM_OTHER_TYPE_SMOKE : REWARM_OTHER_TYPE;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** What {@link #prepare} found and ran: the clean proposals (warm-up ones used), and its times. */
  private record Prepared(List<CleanTransfers.Proposal> proposals, int warmup, int warmupOtherType,
      List<CleanTransfers.Proposal> rewarm, double findSeconds, double warmupSeconds) {}

  private Prepared prepared;

  /**
   * The search for clean proposals and the warm-up cases (another post type's transfers, then the
   * measured type's own warm-up), nothing measured. The runner calls it before the bare engine's
   * scenario, so that both warm-ups have run before either is measured (docs/benchmarks.md, "Sixth
   * session"): shared engine code compiled for one workload's types only is deoptimized and compiled
   * again when the other's arrive, and that should not fall into the second one's measured seconds.
   */
  void prepare(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    CaseWatcher watcher = app.caseWatcher(Duration.ofSeconds(120));
    try (Http http = new Http(app.base, 8)) {
      int needed = config.warmup() + config.casesOneClient() + 4 * config.casesPerClientOfFour();
      JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
      jdbc.update("update jabatan set kebutuhan = kebutuhan + ? where jenis = ?", EXTRA_SEATS, JENIS_JABATAN);
      long t0 = System.nanoTime();
      CleanTransfers cleanTransfers = new CleanTransfers(http, jdbc);
      List<CleanTransfers.Proposal> proposals = cleanTransfers.find(JENIS_JABATAN, needed);
      double findSeconds = (System.nanoTime() - t0) / 1e9;
      // Fewer proposals than asked for: drop the warm-up first, then share the rest 1 : 2 (one client : four).
      int warmup = Math.max(0, Math.min(config.warmup(), proposals.size() - 5));
      // Warm-up: transfers into posts of another type take the same path (merit checks, assessment,
      // pertek, the signer table, the SK signed by DELEGASI, the registry update) without using up the
      // measured type's vacancies; then the measured type's own warm-up cases.
      long w0 = System.nanoTime();
      int warmedOtherType = 0;
      List<CleanTransfers.Proposal> rewarm = List.of();
      if (proposals.size() >= 2) { // else the run reports the scenario skipped
        List<CleanTransfers.Proposal> otherType = cleanTransfers.findOutsideChosenUnits(WARMUP_JENIS_JABATAN,
            warmupOtherType(config) + rewarmOtherType(config));
        int now = Math.max(0, otherType.size() - rewarmOtherType(config));
        rewarm = otherType.subList(now, otherType.size());
        ClosedLoop.run(4, otherType.subList(0, now), starter(http), watcher, "End_MutasiSelesai");
        ClosedLoop.run(1, proposals.subList(0, warmup), starter(http), watcher, "End_MutasiSelesai");
        warmedOtherType = now;
      }
      prepared = new Prepared(proposals, warmup, warmedOtherType, rewarm, findSeconds, (System.nanoTime() - w0) / 1e9);
    }
  }

  private static ClosedLoop.Starter<CleanTransfers.Proposal> starter(Http http) {
    return p -> {
      Http.Response r = http.post(p.operator(), "api/mutasi", p.json());
      if (r.status() != 201) {
        throw new IllegalStateException(r.status() + " " + r.body());
      }
      return Json.read(r.body()).get("id").asText();
    };
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    if (prepared == null) {
      prepare(app, config);
    }
    Prepared p = prepared;
    prepared = null; // its proposals are used up by this run
    CaseWatcher watcher = app.caseWatcher(Duration.ofSeconds(120));
    try (Http http = new Http(app.base, 8)) {
      List<CleanTransfers.Proposal> proposals = p.proposals();
      if (proposals.size() < 2) {
        return ScenarioResult.skipped(NAME, app.db.name(), "not available: only " + proposals.size()
            + " clean eselon III transfers in a registry of " + config.registryPegawai() + " employees");
      }
      int warmup = p.warmup();
      int rest = proposals.size() - warmup;
      int one = Math.min(config.casesOneClient(), Math.max(1, rest / 3));
      int four = Math.min(4 * config.casesPerClientOfFour(), rest - one);
      ClosedLoop.Starter<CleanTransfers.Proposal> starter = starter(http);
      ClosedLoop.run(4, p.rewarm(), starter, watcher, "End_MutasiSelesai");
      // The search's hundreds of dry runs are not the cases: details.sql counts the measured cases only.
      new SqlProfile(app.bean(javax.sql.DataSource.class)).reset();
      DatabaseWork work = new DatabaseWork(app.bean(javax.sql.DataSource.class));
      DatabaseWork.Snapshot before = work.snapshot();
      ClosedLoop.Outcome c1 = ClosedLoop.run(1, proposals.subList(warmup, warmup + one), starter, watcher, "End_MutasiSelesai");
      CpuTime.Snapshot cpu = CpuTime.snapshot();
      ClosedLoop.Outcome c4 = ClosedLoop.run(4, proposals.subList(warmup + one, warmup + one + four), starter, watcher,
          "End_MutasiSelesai");
      CpuTime.Snapshot cpuAfter = CpuTime.snapshot();
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.putAll(c1.metrics("c1."));
      metrics.putAll(c4.metrics("c4."));
      metrics.putAll(CpuTime.perCase("c4.", cpu, cpuAfter, c4.straightThrough()));
      metrics.putAll(DatabaseWork.perCase(before, work.snapshot(), c1.straightThrough() + c4.straightThrough()));
      List<String> problems = new ArrayList<>(c1.problems());
      problems.addAll(c4.problems());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("jenisJabatan", JENIS_JABATAN + " (eselon III)");
      details.put("endsAt", "End_MutasiSelesai (SK signed by DELEGASI, TMT today, registry updated)");
      details.put("cleanProposalsFound", proposals.size());
      details.put("extraSeatsPerEselonIIIPost", EXTRA_SEATS);
      details.put("cleanProposalsSearchSeconds", Math.round(p.findSeconds() * 10) / 10.0);
      details.put("warmup", warmup);
      details.put("warmupOtherType", p.warmupOtherType() + " " + WARMUP_JENIS_JABATAN);
      details.put("rewarmBeforeMeasuring", p.rewarm().size() + " " + WARMUP_JENIS_JABATAN);
      details.put("warmupSeconds", Math.round(p.warmupSeconds() * 10) / 10.0);
      details.put("notStraightThrough", problems);
      details.put("sqlScope", SqlProfile.MEASURED_CASES);
      return ScenarioResult.ok(NAME, app.db.name(), metrics, details);
    }
  }
}
