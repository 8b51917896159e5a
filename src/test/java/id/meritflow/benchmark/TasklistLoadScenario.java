package id.meritflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.platform.security.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Tasklist under load: N operators at once, each in a loop of what Tasklist does for a task
 * (query the agency's open tasks of the candidate group, claim one, read its form variables,
 * complete it), against {@code /engine-rest} with HTTP Basic, for a bounded time.
 *
 * <p>The tasks come from a benchmark-only process whose one user task (candidate group
 * {@code operator}) comes back after each completion, so the open cases, spread over the three
 * demo agencies (each case is its agency's tenant), keep the users busy for any duration. The
 * users are created for the run: {@code bench-op-NNN}, group operator, one agency each.
 *
 * <p>The open cases are topped up to the scenario's size before it runs (they stay open, so a later
 * scenario reuses them): {@link OpenTasks} starts them in-process, in chunks of instances per
 * transaction, through the engine's API with every listener of the application (tasks, identity
 * links, history, authorizations, notifications as a real start writes them). A warm-up of
 * {@value #WARMUP_SECONDS}–{@value #WARMUP_MAX_SECONDS} s of load runs first and is discarded ({@link #warmedUp}); the SQL profile is reset after it,
 * so {@code details.sql} covers the measured seconds only.
 */
final class TasklistLoadScenario implements Scenario {

  static final String KEY = "benchmark-tugas";
  /**
   * The Tasklist scenarios run first in a benchmark (BenchmarkRunner), so the JVM is still compiling the
   * request path: at least 10 s of load before measuring (5 s left the first scenario's p99 at 206–273 ms
   * against 70 ms when it ran warm), longer while the compilers are busy ({@link #warmedUp}).
   */
  static final int WARMUP_SECONDS = 10;
  /** The warm-up goes on past {@link #WARMUP_SECONDS} while the JIT compilers are still busy, up to this. */
  static final int WARMUP_MAX_SECONDS = 30;
  /** Compilers busy less than this many milliseconds in a second: the request path is compiled. */
  static final long COMPILATION_SETTLED_MS_PER_S = 100;

  /**
   * When to start measuring: after {@link #WARMUP_SECONDS} of load, and once the JVM's JIT compilers
   * spent less than {@link #COMPILATION_SETTLED_MS_PER_S} ms in the last second, at most
   * {@link #WARMUP_MAX_SECONDS} after the start. The opening scenario of a run was measured while C2
   * still compiled (13.9 s of compilation in a 14 s window; docs/perf/rest.md, third session).
   */
  static long warmedUp(long startedAt) throws InterruptedException {
    return warmedUp(startedAt, WARMUP_MAX_SECONDS);
  }

  /**
   * A Tasklist scenario that follows another in the same JVM (restPaced30k after restPaced) runs
   * the request path the first one warmed and measured: it waits its {@link #WARMUP_SECONDS}, and
   * longer only up to this while the compilers are busy (the 27,000 case starts before it compile code
   * the users do not run; it always waited the full 30 s). 15 s of the quick run's five minutes on a
   * slower machine (docs/benchmarks.md, "Tenth session").
   */
  static final int WARMUP_MAX_SECONDS_AFTER_ANOTHER = 15;
  private static final java.util.concurrent.atomic.AtomicBoolean REQUEST_PATH_WARMED =
      new java.util.concurrent.atomic.AtomicBoolean();

  static long warmedUp(long startedAt, int maxSeconds) throws InterruptedException {
    var compilation = java.lang.management.ManagementFactory.getCompilationMXBean();
    long minimum = startedAt + WARMUP_SECONDS * 1_000_000_000L;
    long maximum = startedAt + Math.max(WARMUP_SECONDS, maxSeconds) * 1_000_000_000L;
    long before = compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : 0;
    while (true) {
      Thread.sleep(1_000);
      long now = System.nanoTime();
      long spent = compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : 0;
      boolean settled = spent - before < COMPILATION_SETTLED_MS_PER_S;
      before = spent;
      if (now >= maximum || (now >= minimum && settled)) {
        return now;
      }
    }
  }
  private static final List<String> AGENCIES = CleanTransfers.AGENCIES;

  private final String name;
  private final int thinkMs;
  private final java.util.function.ToIntFunction<BenchmarkConfig> openCases;

  /**
   * @param thinkMs mean pause of a user after each completed task (uniform 0.5–1.5 × the mean);
   *     0 = no pause: every user fires the next request at once, a saturation test
   * @param openCases open cases (= open tasks) of the benchmark process during the run
   */
  TasklistLoadScenario(String name, int thinkMs, java.util.function.ToIntFunction<BenchmarkConfig> openCases) {
    this.name = name;
    this.thinkMs = thinkMs;
    this.openCases = openCases;
  }

  /** Users with no pause at all: how far the machine can be pushed. */
  static TasklistLoadScenario saturated() {
    return new TasklistLoadScenario("rest", 0, BenchmarkConfig::restCases);
  }

  /** Users who pause about a second after each task: still busier than people reading a form. */
  static TasklistLoadScenario paced() {
    return new TasklistLoadScenario("restPaced", 1000, BenchmarkConfig::restCases);
  }

  /** As {@link #paced}, with 30,000 open tasks (10,000 per agency): does the task list grow with them? */
  static TasklistLoadScenario paced30k() {
    return new TasklistLoadScenario("restPaced30k", 1000, c -> c.size().equals("smoke") ? 3 * c.restCases() : 30_000);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    deploy(app.bean(RepositoryService.class));
    List<String> users = users(app.bean(IdentityService.class), config.restUsers());
    int open = openCases.applyAsInt(config);
    OpenTasks.TopUp topUp = new OpenTasks(app, KEY, AGENCIES).topUpTo(open);
    BenchmarkRunner.log("%s: %d open tasks (%d started in %.1f s)", name, open, topUp.started(), topUp.seconds());
    if (topUp.started() > 0) {
      BenchmarkRunner.afterBulkLoad(app);
    }
    Tally warmup = new Tally();
    Tally measured = new Tally();
    boolean smoke = config.size().equals("smoke");
    long startedAt = System.nanoTime();
    // set once the warm-up is over (at once in the smoke size); the users work until the deadline
    java.util.concurrent.atomic.AtomicLong warmupEnd = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
    java.util.concurrent.atomic.AtomicLong deadline = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
    if (smoke) {
      warmupEnd.set(startedAt);
      deadline.set(startedAt + config.restSeconds() * 1_000_000_000L);
    }
    java.util.concurrent.atomic.AtomicBoolean profileReset = new java.util.concurrent.atomic.AtomicBoolean();
    SqlProfile sql = new SqlProfile(app.bean(javax.sql.DataSource.class));
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    try (Http http = new Http(app.base, users.size())) {
      List<Future<?>> running = new ArrayList<>();
      for (int u = 0; u < users.size(); u++) {
        String user = users.get(u);
        String tenant = AGENCIES.get(u % AGENCIES.size());
        running.add(pool.submit(() -> {
          while (System.nanoTime() < deadline.get()) {
            boolean warm = System.nanoTime() >= warmupEnd.get();
            if (warm && profileReset.compareAndSet(false, true)) {
              sql.reset(); // details.sql: the measured seconds only
            }
            work(warm ? measured : warmup, http, app, user, tenant);
          }
          return null;
        }));
      }
      if (!smoke) {
        long end = warmedUp(startedAt, REQUEST_PATH_WARMED.getAndSet(true)
            ? WARMUP_MAX_SECONDS_AFTER_ANOTHER : WARMUP_MAX_SECONDS);
        warmupEnd.set(end);
        deadline.set(end + config.restSeconds() * 1_000_000_000L);
        BenchmarkRunner.log("%s: measuring after %.0f s of warm-up", name, (end - startedAt) / 1e9);
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - warmupEnd.get()) / 1e9;
    double warmupSeconds = (warmupEnd.get() - startedAt) / 1e9;
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.putAll(measured.all.summary(""));
    metrics.put("requestsPerS", measured.all.count() / seconds);
    metrics.put("completionsPerS", measured.completed.get() / seconds);
    metrics.put("requests", (double) measured.all.count());
    metrics.put("completions", (double) measured.completed.get());
    metrics.put("errors", (double) measured.errors.get() + warmup.errors.get());
    metrics.put("openCases", (double) open);
    metrics.put("openCasesStartSeconds", topUp.seconds());
    measured.byCall.forEach((call, l) -> {
      metrics.put(call + ".p95Ms", l.percentile(95));
      metrics.put(call + ".p99Ms", l.percentile(99));
    });
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("users", users.size());
    details.put("seconds", config.restSeconds());
    details.put("warmupSeconds", warmupSeconds);
    details.put("warmupRequests", warmup.all.count());
    details.put("openCases", open);
    details.put("openCasesStarted", topUp.started());
    details.put("openCasesStartSeconds", Math.round(topUp.seconds() * 10) / 10.0);
    details.put("claimConflicts", measured.conflicts.get());
    List<String> samples = new ArrayList<>(warmup.errorSamples);
    samples.addAll(measured.errorSamples);
    details.put("errorSamples", samples.subList(0, Math.min(5, samples.size())));
    details.put("thinkMsMean", thinkMs);
    return ScenarioResult.ok(name, app.db.name(), metrics, details);
  }

  /** What the requests of one phase (warm-up, measured) took. */
  private static final class Tally {
    final Latencies all = new Latencies();
    final Map<String, Latencies> byCall = new LinkedHashMap<>();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());

    Tally() {
      for (String call : List.of("query", "claim", "formVariables", "complete")) {
        byCall.put(call, new Latencies());
      }
    }
  }

  /** One round of a user: the task list, claim one, its form, complete it, then the pause. */
  private void work(Tally t, Http http, BenchmarkApp app, String user, String tenant) {
    Http.Response list = timed(t, "query", () -> http.get(user, app.engineRest(
        "/task?processDefinitionKey=" + KEY + "&candidateGroup=" + Caller.GROUP_OPERATOR + "&tenantIdIn=" + tenant
            + "&unassigned=true&sortBy=created&sortOrder=asc&firstResult=0&maxResults=15")));
    if (!list.ok()) {
      error(t, "query", list);
      return;
    }
    JsonNode tasks = Json.read(list.body());
    if (tasks.isEmpty()) {
      return;
    }
    String task = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size())).get("id").asText();
    Http.Response claim = timed(t, "claim", () -> http.post(user, app.engineRest("/task/" + task + "/claim"),
        "{\"userId\":\"" + user + "\"}"));
    if (!claim.ok()) {
      t.conflicts.incrementAndGet(); // another user took it first, as in Tasklist
      return;
    }
    Http.Response form = timed(t, "formVariables", () -> http.get(user, app.engineRest("/task/" + task + "/form-variables")));
    if (!form.ok()) {
      error(t, "formVariables", form);
      return;
    }
    Http.Response done = timed(t, "complete", () -> http.post(user, app.engineRest(
        "/task/" + task + "/complete"), "{\"variables\":{\"selesai\":{\"value\":false,\"type\":\"Boolean\"}}}"));
    if (done.ok()) {
      t.completed.incrementAndGet();
    } else {
      error(t, "complete", done);
    }
    if (thinkMs > 0) {
      CaseWatcher.sleep((long) (thinkMs * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }
  }

  private static Http.Response timed(Tally t, String call, java.util.function.Supplier<Http.Response> request) {
    long t0 = System.nanoTime();
    Http.Response r = request.get();
    double ms = (System.nanoTime() - t0) / 1e6;
    t.all.add(ms);
    t.byCall.get(call).add(ms);
    return r;
  }

  private static void error(Tally t, String call, Http.Response r) {
    t.errors.incrementAndGet();
    if (t.errorSamples.size() < 5) {
      t.errorSamples.add(call + " " + r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
    }
  }
  private static List<String> users(IdentityService identity, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String id = String.format("bench-op-%03d", i);
      ids.add(id);
      if (identity.createUserQuery().userId(id).count() > 0) {
        continue;
      }
      var user = identity.newUser(id);
      user.setFirstName("Operator");
      user.setLastName("Uji Beban " + i);
      user.setPassword(Http.PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, Caller.GROUP_OPERATOR);
      identity.createTenantUserMembership(AGENCIES.get((i - 1) % AGENCIES.size()), id);
    }
    return ids;
  }

  private static void deploy(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_PeriksaBerkas").name("Periksa berkas").camundaCandidateGroups(Caller.GROUP_OPERATOR)
        .exclusiveGateway("Gateway_Selesai")
        .condition("selesai", "${selesai}").endEvent("End_Tugas")
        .moveToLastGateway().condition("ulang", "${!selesai}").connectTo("Task_PeriksaBerkas")
        .done();
    repository.createDeployment().name("benchmark (not a MeritFlow process)").addModelInstance(KEY + ".bpmn", model).deploy();
  }
}
