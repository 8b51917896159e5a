package id.meritflow.disiplin.proses;

import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * For any career process (mutasi, kenaikan pangkat) that a disciplinary case interrupts: its event
 * sub-process on message KasusDisiplinDibuka (variables kasusDisiplinId, alasanPenundaan) runs
 * this step, which records the reason in the audit trail and sets {@code statusAkhir} =
 * DITUNDA_DISIPLIN.
 */
@Component("tundaKarenaDisiplinDelegate")
class TundaKarenaDisiplinDelegate implements JavaDelegate {

  static final String STATUS = "DITUNDA_DISIPLIN";

  private final JejakAudit jejak;

  TundaKarenaDisiplinDelegate(JejakAudit jejak) {
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("statusAkhir", STATUS);
    jejak.catat(execution, JejakAudit.SISTEM, "DITUNDA", "MUT-DISIPLIN",
        String.valueOf(execution.getVariable("alasanPenundaan")));
  }
}
