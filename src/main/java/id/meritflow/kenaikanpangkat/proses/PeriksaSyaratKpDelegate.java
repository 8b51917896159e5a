package id.meritflow.kenaikanpangkat.proses;

import id.meritflow.kenaikanpangkat.ProsesKenaikanPangkat;
import id.meritflow.kenaikanpangkat.VariabelKp;
import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.platform.engine.TeksPanjang;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Screens the proposal against every KP-* rule and writes the conclusion the gateway routes on. */
@Component("periksaSyaratKpDelegate")
class PeriksaSyaratKpDelegate implements JavaDelegate {

  private final ProsesKenaikanPangkat proses;
  private final JejakAudit jejak;

  PeriksaSyaratKpDelegate(ProsesKenaikanPangkat proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var hasil = proses.periksa(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), execution.getVariables());
    execution.setVariables(hasil.variabel());
    jejak.catat(execution, JejakAudit.SISTEM, "PEMERIKSAAN", hasil.kesimpulan(),
        TeksPanjang.teks(hasil.variabel().get(VariabelKp.HASIL)));
  }
}
