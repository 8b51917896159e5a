package id.meritflow.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** For model tests on the {@link ModelTestEngine}, where no job executor runs. */
public final class ModelJobs {

  private ModelJobs() {}

  /** Executes due jobs (async steps, timers already due) until the case waits for a person or the future. */
  public static void jalankanSampaiTunggu(ProcessInstance kasus) {
    for (int i = 0; i < 20; i++) {
      var now = ClockUtil.getCurrentTime();
      Job due = managementService().createJobQuery().processInstanceId(kasus.getId()).list().stream()
          .filter(j -> j.getDuedate() == null || !j.getDuedate().after(now)).findFirst().orElse(null);
      if (due == null) {
        return;
      }
      execute(due);
    }
  }
}
