package id.meritflow.kenaikanpangkat.proses;

import id.meritflow.kenaikanpangkat.ProsesKenaikanPangkat;
import id.meritflow.kenaikanpangkat.VariabelKp;
import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues BKN's pertek for a screened (or verified) proposal; the case's tenant is the employee's agency. */
@Component("terbitkanPertekKpDelegate")
class TerbitkanPertekKpDelegate implements JavaDelegate {

  private final ProsesKenaikanPangkat proses;
  private final JejakAudit jejak;

  TerbitkanPertekKpDelegate(ProsesKenaikanPangkat proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var pertek = proses.pertek(execution.getProcessBusinessKey(), execution.getTenantId());
    execution.setVariable(VariabelKp.NOMOR_PERTEK, pertek.nomor());
    execution.setVariable(VariabelKp.PENERBIT_PERTEK, pertek.penerbit());
    jejak.catat(execution, JejakAudit.SISTEM, "PERTEK", pertek.nomor(), "Pertek kenaikan pangkat diterbitkan oleh "
        + pertek.penerbit() + ".");
  }
}
