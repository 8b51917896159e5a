package id.meritflow.mutasi.proses;

import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.mutasi.Pertek;
import id.meritflow.mutasi.ProsesMutasi;
import id.meritflow.mutasi.VariabelMutasi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the automatic pertek of the case's route (number and issuer). */
@Component("terbitkanPertekDelegate")
class TerbitkanPertekDelegate implements JavaDelegate {

  private final ProsesMutasi proses;
  private final JejakAudit jejak;

  TerbitkanPertekDelegate(ProsesMutasi proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pertek pertek = proses.pertek(execution.getVariable(VariabelMutasi.RUTE), execution.getProcessBusinessKey());
    execution.setVariable(VariabelMutasi.NOMOR_PERTEK, pertek.nomor());
    execution.setVariable(VariabelMutasi.PENERBIT_PERTEK, pertek.penerbit());
    jejak.catat(execution, JejakAudit.SISTEM, "PERTEK", pertek.nomor(),
        "Pertimbangan teknis diterbitkan oleh " + pertek.penerbit() + " karena semua syarat terpenuhi.");
  }
}
