package id.meritflow.platform.kasus;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/** The steps a running case waits at for a person: its open tasks and those of its sub-processes (a signature). */
public final class TugasTerbuka {

  private TugasTerbuka() {}

  public static List<HistoricTaskInstance> dari(HistoryService history, String caseId) {
    return history.createHistoricTaskInstanceQuery().rootProcessInstanceId(caseId).unfinished()
        .orderByHistoricActivityInstanceStartTime().asc().list();
  }
}
