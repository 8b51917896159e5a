package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code ensureJobDueDateNotNull} (application.yaml): an async continuation's job carries its creation
 * time as due date, so the job executor's acquisition asks "due date ≤ now" only, which PostgreSQL
 * answers in the priority index without reading the rows of timers not yet due (PostgresIntegrationTest).
 */
@MeritFlowIntegrationTest
class JobDueDateTest {

  private static final String KEY = "uji-tenggat-job";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;

  private String deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void anAsyncContinuationsJobIsCreatedWithItsCreationTimeAsDueDate() throws InterruptedException {
    // given a process whose only step runs as a job
    deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_Job").camundaAsyncBefore()
        .camundaExpression("${true}").endEvent().done()).deploy().getId();
    Date before = ClockUtil.getCurrentTime();

    // when a case is started
    String id = runtime.startProcessInstanceByKey(KEY, Map.of("nip", DemoPegawai.DEWI_NIP)).getId();

    // then the job was written with a due date (not null), the engine's current time at creation
    assertThat(engine.getProcessEngineConfiguration().isEnsureJobDueDateNotNull()).isTrue();
    HistoricJobLog created = history.createHistoricJobLogQuery().processInstanceId(id).creationLog().singleResult();
    assertThat(created.getJobDueDate()).isNotNull();
    assertThat(created.getJobDueDate()).isBetween(new Date(before.getTime() - 1_000), ClockUtil.getCurrentTime(), true, true);
    awaitEnd(id); // the job executor runs the job: undeploying under it would fail its delete (optimistic locking)
  }

  private void awaitEnd(String id) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count() == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
