package id.meritflow.sla;

import id.meritflow.notifikasi.PemberitahuanKasus;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Escalation (after 5 working days, non-interrupting boundary timer): the step is marked late and,
 * when the model names a superior role, that role becomes a
 * candidate group of the open task, so the superior can act on it in Tasklist. The role comes from
 * the service task's input parameter {@code peranEskalasi} (a local variable: the bean is shared,
 * so no field injection). Signing steps leave it empty: nobody else may sign in an official's place.
 * The step's people and the superior are told (notification outbox, same transaction).
 */
@Component("slaEskalasiDelegate")
class SlaEskalasiDelegate implements JavaDelegate {

  private final SlaRepository repository;
  private final PemberitahuanKasus pemberitahuan;

  SlaEskalasiDelegate(SlaRepository repository, PemberitahuanKasus pemberitahuan) {
    this.repository = repository;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String peran = (String) execution.getVariableLocal("peranEskalasi");
    String processInstanceId = execution.getProcessInstanceId();
    if (peran != null && !peran.isBlank()) {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      repository.openTaskIds(processInstanceId).forEach(task -> tasks.addCandidateGroup(task, peran));
    }
    pemberitahuan.eskalasi(execution, peran);
    repository.escalated(processInstanceId, ClockUtil.getCurrentTime().toInstant(),
        peran == null || peran.isBlank() ? null : peran);
  }
}
