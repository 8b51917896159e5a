package id.meritflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's signal that a case has ended: on commit, for watched top-level cases only. */
class CaseEndsTest {

  static final CaseEnds ENDS = new CaseEnds(Set.of("kasus", "anak"));
  static ProcessEngine engine;

  @BeforeAll
  static void engineWithThePlugin() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:case-ends;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("case-ends-test");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(ENDS));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addModelInstance("anak.bpmn", Bpmn.createExecutableProcess("anak").camundaHistoryTimeToLive(1).startEvent()
            .endEvent().done())
        .addModelInstance("kasus.bpmn", Bpmn.createExecutableProcess("kasus").camundaHistoryTimeToLive(1).startEvent()
            .callActivity().calledElement("anak")
            .serviceTask("Langkah").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
        .addModelInstance("lain.bpmn", Bpmn.createExecutableProcess("lain").camundaHistoryTimeToLive(1).startEvent()
            .endEvent().done())
        .deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aCaseEndsWhenItsLastStepCommitsAndNotBefore() throws Exception {
    // given a watched case waiting at its asynchronous step (its called process has ended already)
    String id = engine.getRuntimeService().startProcessInstanceByKey("kasus").getId();
    assertThat(ENDS.end(id)).isNotDone();

    // when the step's job runs and commits
    Job job = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
    engine.getManagementService().executeJob(job.getId());

    // then the case's end is told
    ENDS.end(id).get(1, TimeUnit.SECONDS);
    ENDS.forget(id);
  }

  @Test
  void aCalledProcessAndAnUnwatchedProcessAreNotHeld() {
    // given nothing held
    assertThat(ENDS.held()).isZero();

    // when a watched case runs its called (also watched) process, and an unwatched process ends
    String id = engine.getRuntimeService().startProcessInstanceByKey("kasus").getId();
    engine.getRuntimeService().startProcessInstanceByKey("lain");

    // then neither the called process nor the other is held, and the case not yet either
    assertThat(ENDS.held()).isZero();
    assertThat(ENDS.end(id)).isNotDone();
    ENDS.forget(id);
    assertThat(ENDS.held()).isZero();
  }

  @Test
  void anEndNobodyWaitedForYetIsKeptUntilAsked() throws Exception {
    // given a watched case that ends before anyone asks (its job runs straight away)
    String id = engine.getRuntimeService().startProcessInstanceByKey("kasus").getId();
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(id).singleResult().getId());

    // when its end is asked for afterwards
    var end = ENDS.end(id);

    // then it is already known
    assertThat(end).isDone();
    ENDS.forget(id);
  }
}
