package id.meritflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine, on the same engine configuration, history level and database, in the same run:
 * a process shaped like mutasi's straight-through path with no-op tasks. Deployed only by the
 * benchmark (not in processes/).
 *
 * <p>mutasi's straight-through path: Periksa syarat (async) → Nilai rekomendasi (async) → Terbitkan
 * pertek (async) → call penandatanganan-sk [Siapkan data (async) → Tentukan penandatangan (DMN,
 * synchronous) → Terbitkan SK delegasi (async)] → Menunggu TMT (timer, TMT today: due at once) →
 * Perbarui jabatan (async). So: 7 no-op tasks, 6 of them asyncBefore, one call activity, one timer
 * already due. Started through the engine REST API as the same operator that proposes the transfer.
 */
final class BaselineScenario implements Scenario {

  static final String NAME = "baseline";
  static final String KEY = "benchmark-dasar";
  static final String CHILD_KEY = "benchmark-dasar-sk";
  static final int NO_OP_TASKS = 7;
  static final int ASYNC_POINTS = 6;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    deploy(app.bean(RepositoryService.class));
    CaseWatcher watcher = new CaseWatcher(app.bean(HistoryService.class), Duration.ofSeconds(120));
    Map<String, Double> metrics = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (Http http = new Http(app.base, 8)) {
      ClosedLoop.Starter<Integer> starter = i -> {
        Http.Response r = http.post("operator-cimahi", app.engineRest("/process-definition/key/" + KEY + "/start"),
            "{\"businessKey\":\"DASAR-" + i + "\",\"variables\":{\"instansiId\":{\"value\":\"cimahi\",\"type\":\"String\"}}}");
        if (!r.ok()) {
          throw new IllegalStateException(r.status() + " " + r.body());
        }
        return Json.read(r.body()).get("id").asText();
      };
      // As many warm-up cases as mutasi's, run as mutasi's are: its other-type transfers with four
      // clients, then its own warm-up with one.
      ClosedLoop.run(4, range(0, MutasiStraightThroughScenario.warmupOtherType(config)), starter, watcher, "End_Dasar");
      ClosedLoop.run(1, range(500, config.warmup()), starter, watcher, "End_Dasar");
      // details.sql then counts the measured cases only, like mutasi's (divide by c1.cases + c4.cases).
      new SqlProfile(app.bean(javax.sql.DataSource.class)).reset();
      DatabaseWork work = new DatabaseWork(app.bean(javax.sql.DataSource.class));
      DatabaseWork.Snapshot before = work.snapshot();
      ClosedLoop.Outcome one = ClosedLoop.run(1, range(1_000, config.casesOneClient()), starter, watcher, "End_Dasar");
      CpuTime.Snapshot cpu = CpuTime.snapshot();
      ClosedLoop.Outcome four = ClosedLoop.run(4, range(2_000, 4 * config.casesPerClientOfFour()), starter, watcher, "End_Dasar");
      CpuTime.Snapshot cpuAfter = CpuTime.snapshot();
      metrics.putAll(one.metrics("c1."));
      metrics.putAll(four.metrics("c4."));
      metrics.putAll(CpuTime.perCase("c4.", cpu, cpuAfter, four.straightThrough()));
      metrics.putAll(DatabaseWork.perCase(before, work.snapshot(), one.straightThrough() + four.straightThrough()));
      problems.addAll(one.problems());
      problems.addAll(four.problems());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("noOpTasks", NO_OP_TASKS);
    details.put("asyncBefore", ASYNC_POINTS);
    details.put("problems", problems);
    details.put("sqlScope", SqlProfile.MEASURED_CASES);
    return ScenarioResult.ok(NAME, app.db.name(), metrics, details);
  }

  static List<Integer> range(int from, int count) {
    return IntStream.range(from, from + count).boxed().toList();
  }

  static void deploy(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    BpmnModelInstance child = Bpmn.createExecutableProcess(CHILD_KEY).camundaHistoryTimeToLive(3650)
        .startEvent()
        .serviceTask("Task_Siapkan").camundaAsyncBefore().camundaExpression("${true}")
        .serviceTask("Task_Tentukan").camundaExpression("${true}")
        .serviceTask("Task_Terbitkan").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent("End_DasarSk")
        .done();
    BpmnModelInstance parent = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(3650)
        .startEvent()
        .serviceTask("Task_Periksa").camundaAsyncBefore().camundaExpression("${true}")
        .serviceTask("Task_Nilai").camundaAsyncBefore().camundaExpression("${true}")
        .serviceTask("Task_Pertek").camundaAsyncBefore().camundaExpression("${true}")
        .callActivity("Call_Sk").calledElement(CHILD_KEY).camundaIn("instansiId", "instansiId")
        .intermediateCatchEvent("Timer_Tmt").timerWithDate("2020-01-01T00:00:00")
        .serviceTask("Task_Perbarui").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent("End_Dasar")
        .done();
    repository.createDeployment().name("benchmark (not a MeritFlow process)")
        .addModelInstance(CHILD_KEY + ".bpmn", child).addModelInstance(KEY + ".bpmn", parent).deploy();
  }
}
