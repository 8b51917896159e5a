package id.meritflow.kenaikanpangkat.proses;

import id.meritflow.kenaikanpangkat.ProsesKenaikanPangkat;
import id.meritflow.kenaikanpangkat.StatusUsulanKp;
import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends a proposal with a final status, input parameter {@code statusAkhir} (a StatusUsulanKp), and
 * the reason from input parameter {@code keterangan}.
 */
@Component("tutupUsulanKpDelegate")
class TutupUsulanKpDelegate implements JavaDelegate {

  private final ProsesKenaikanPangkat proses;
  private final JejakAudit jejak;

  TutupUsulanKpDelegate(ProsesKenaikanPangkat proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StatusUsulanKp status = StatusUsulanKp.valueOf((String) execution.getVariableLocal("statusAkhir"));
    Object keterangan = execution.getVariableLocal("keterangan");
    String alasan = keterangan == null ? null : keterangan.toString();
    proses.tutup(execution.getProcessBusinessKey(), status, alasan);
    jejak.catat(execution, JejakAudit.SISTEM, "USULAN_DITUTUP", status.name(), alasan == null ? status.name() : alasan);
  }
}
