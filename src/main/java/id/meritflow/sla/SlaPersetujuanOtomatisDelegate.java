package id.meritflow.sla;

import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Automatic approval on working day 6 (an interrupting boundary timer on the approval step, where
 * domain.md says so: mutasi approvals). Records it as such, and sets the step's decision variable
 * (input parameters {@code variabelKeputusan} and {@code nilaiKeputusan}) plus
 * {@code disetujuiOtomatis = true}, so the process and the audit trail both show that no person
 * decided.
 */
@Component("slaPersetujuanOtomatisDelegate")
class SlaPersetujuanOtomatisDelegate implements JavaDelegate {

  private final SlaRepository repository;
  private final JejakAudit jejak;

  SlaPersetujuanOtomatisDelegate(SlaRepository repository, JejakAudit jejak) {
    this.repository = repository;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repository.autoApproved(execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    Object variabel = execution.getVariableLocal("variabelKeputusan");
    if (variabel instanceof String name && !name.isBlank()) {
      Object nilai = execution.getVariableLocal("nilaiKeputusan");
      execution.getProcessInstance().setVariable(name, nilai == null ? Boolean.TRUE : nilai);
    }
    execution.setVariable("disetujuiOtomatis", true);
    jejak.catat(execution, JejakAudit.SISTEM, "PERSETUJUAN_OTOMATIS", String.valueOf(variabel),
        "Langkah persetujuan tidak dijawab dalam 5 hari kerja; disetujui otomatis pada hari kerja ke-6.");
  }
}
