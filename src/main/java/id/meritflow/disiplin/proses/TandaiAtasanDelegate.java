package id.meritflow.disiplin.proses;

import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Flags the superior of a case for the early warning list (input parameters {@code kodeTanda},
 * e.g. DIS-ATASAN when no summons went out in time, and {@code uraianTanda}).
 */
@Component("tandaiAtasanDelegate")
class TandaiAtasanDelegate implements JavaDelegate {

  private final ProsesDisiplin proses;
  private final JejakAudit jejak;

  TandaiAtasanDelegate(ProsesDisiplin proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kode = (String) execution.getVariable("kodeTanda");
    String uraian = "Kasus " + execution.getProcessBusinessKey() + ": " + execution.getVariable("uraianTanda");
    proses.tandai(execution.getProcessBusinessKey(), execution.getTenantId(), (String) execution.getVariable("nip"),
        kode, uraian);
    jejak.catat(execution, JejakAudit.SISTEM, "TANDA_ATASAN", kode, uraian);
  }
}
