package id.meritflow.kenaikanpangkat.proses;

import id.meritflow.kenaikanpangkat.ProsesKenaikanPangkat;
import id.meritflow.kenaikanpangkat.VariabelKp;
import id.meritflow.platform.audit.JejakAudit;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the TMT: appends the new rank to the employee's rank history with the SK's number. */
@Component("perbaruiPangkatDelegate")
class PerbaruiPangkatDelegate implements JavaDelegate {

  private final ProsesKenaikanPangkat proses;
  private final JejakAudit jejak;

  PerbaruiPangkatDelegate(ProsesKenaikanPangkat proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String golongan = (String) execution.getVariable(VariabelKp.GOLONGAN_TUJUAN);
    String tmt = (String) execution.getVariable(VariabelKp.TMT);
    String nomorSk = (String) execution.getVariable("nomorSk");
    execution.setVariable("riwayatPangkatId", proses.perbaruiPangkat(execution.getProcessBusinessKey(),
        (String) execution.getVariable(VariabelKp.NIP), golongan, LocalDate.parse(tmt), nomorSk));
    jejak.catat(execution, JejakAudit.SISTEM, "PERUBAHAN_PANGKAT", golongan,
        "Riwayat pangkat diperbarui: golongan " + golongan + " TMT " + tmt + " berdasarkan SK " + nomorSk + ".");
  }
}
