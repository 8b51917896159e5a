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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Tasklist under load: N operators at once, each in a loop of what Tasklist does for a task
 * (query the agency's open tasks of the candidate group, claim one, read its form variables,
 * complete it), against {@code /engine-rest} with HTTP Basic, for a bounded time.
 *
 * <p>The tasks come from a benchmark-only process whose one user task (candidate group
 * {@code operator}) comes back after each completion, so a few hundred cases, spread over the three
 * demo agencies (each case is its agency's tenant), keep the users busy for any duration. The
 * users are created for the run: {@code bench-op-NNN}, group operator, one agency each.
 */
final class TasklistLoadScenario implements Scenario {

  static final String KEY = "benchmark-tugas";
  private static final List<String> AGENCIES = CleanTransfers.AGENCIES;

  private final String name;
  private final int thinkMs;

  /**
   * @param thinkMs mean pause of a user after each completed task (uniform 0.5–1.5 × the mean);
   *     0 = no pause: every user fires the next request at once, a saturation test
   */
  TasklistLoadScenario(String name, int thinkMs) {
    this.name = name;
    this.thinkMs = thinkMs;
  }

  /** Users with no pause at all: how far the machine can be pushed. */
  static TasklistLoadScenario saturated() {
    return new TasklistLoadScenario("rest", 0);
  }

  /** Users who pause about a second after each task: still busier than people reading a form. */
  static TasklistLoadScenario paced() {
    return new TasklistLoadScenario("restPaced", 1000);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    deploy(app.bean(RepositoryService.class));
    List<String> users = users(app.bean(IdentityService.class), config.restUsers());
    RuntimeService runtime = app.bean(RuntimeService.class);
    for (int i = 0; i < config.restCases(); i++) {
      runtime.startProcessInstanceByKey(KEY, "TUGAS-" + name + "-" + i, Map.of("instansiId", AGENCIES.get(i % AGENCIES.size()),
          "nomorBerkas", "BERKAS-" + i, "keterangan", "Berkas uji beban nomor " + i, "jumlahHalaman", 12));
    }
    Latencies all = new Latencies();
    Map<String, Latencies> byCall = new LinkedHashMap<>();
    for (String call : List.of("query", "claim", "formVariables", "complete")) {
      byCall.put(call, new Latencies());
    }
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long deadline = start + config.restSeconds() * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    try (Http http = new Http(app.base, users.size())) {
      List<Future<?>> running = new ArrayList<>();
      for (int u = 0; u < users.size(); u++) {
        String user = users.get(u);
        String tenant = AGENCIES.get(u % AGENCIES.size());
        running.add(pool.submit(() -> {
          while (System.nanoTime() < deadline) {
            Http.Response list = timed(all, byCall.get("query"), () -> http.get(user, app.engineRest(
                "/task?processDefinitionKey=" + KEY + "&candidateGroup=" + Caller.GROUP_OPERATOR + "&tenantIdIn=" + tenant
                    + "&unassigned=true&sortBy=created&sortOrder=asc&firstResult=0&maxResults=15")));
            if (!list.ok()) {
              error(errors, errorSamples, "query", list);
              continue;
            }
            JsonNode tasks = Json.read(list.body());
            if (tasks.isEmpty()) {
              continue;
            }
            String task = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size())).get("id").asText();
            Http.Response claim = timed(all, byCall.get("claim"), () -> http.post(user, app.engineRest("/task/" + task + "/claim"),
                "{\"userId\":\"" + user + "\"}"));
            if (!claim.ok()) {
              conflicts.incrementAndGet(); // another user took it first, as in Tasklist
              continue;
            }
            Http.Response form = timed(all, byCall.get("formVariables"), () -> http.get(user, app.engineRest(
                "/task/" + task + "/form-variables")));
            if (!form.ok()) {
              error(errors, errorSamples, "formVariables", form);
              continue;
            }
            Http.Response done = timed(all, byCall.get("complete"), () -> http.post(user, app.engineRest(
                "/task/" + task + "/complete"), "{\"variables\":{\"selesai\":{\"value\":false,\"type\":\"Boolean\"}}}"));
            if (done.ok()) {
              completed.incrementAndGet();
            } else {
              error(errors, errorSamples, "complete", done);
            }
            if (thinkMs > 0) {
              CaseWatcher.sleep((long) (thinkMs * (0.5 + ThreadLocalRandom.current().nextDouble())));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.putAll(all.summary(""));
    metrics.put("requestsPerS", all.count() / seconds);
    metrics.put("completionsPerS", completed.get() / seconds);
    metrics.put("requests", (double) all.count());
    metrics.put("completions", (double) completed.get());
    metrics.put("errors", (double) errors.get());
    byCall.forEach((call, l) -> {
      metrics.put(call + ".p95Ms", l.percentile(95));
      metrics.put(call + ".p99Ms", l.percentile(99));
    });
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("users", users.size());
    details.put("seconds", config.restSeconds());
    details.put("openCases", config.restCases());
    details.put("claimConflicts", conflicts.get());
    details.put("errorSamples", errorSamples.subList(0, Math.min(5, errorSamples.size())));
    details.put("thinkMsMean", thinkMs);
    return ScenarioResult.ok(name, app.db.name(), metrics, details);
  }

  private static Http.Response timed(Latencies all, Latencies call, java.util.function.Supplier<Http.Response> request) {
    long t0 = System.nanoTime();
    Http.Response r = request.get();
    double ms = (System.nanoTime() - t0) / 1e6;
    all.add(ms);
    call.add(ms);
    return r;
  }

  private static void error(AtomicInteger errors, List<String> samples, String call, Http.Response r) {
    errors.incrementAndGet();
    if (samples.size() < 5) {
      samples.add(call + " " + r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
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
