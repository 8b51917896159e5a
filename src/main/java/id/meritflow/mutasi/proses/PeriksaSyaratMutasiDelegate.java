package id.meritflow.mutasi.proses;

import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.platform.engine.TeksPanjang;
import id.meritflow.mutasi.ProsesMutasi;
import id.meritflow.mutasi.VariabelMutasi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the merit checks on the case and writes the conclusion the gateway routes on. */
@Component("periksaSyaratMutasiDelegate")
class PeriksaSyaratMutasiDelegate implements JavaDelegate {

  private final ProsesMutasi proses;
  private final JejakAudit jejak;

  PeriksaSyaratMutasiDelegate(ProsesMutasi proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProsesMutasi.HasilProses hasil = proses.periksa(execution.getVariables());
    execution.setVariable(VariabelMutasi.KESIMPULAN, hasil.kesimpulan());
    execution.setVariable(VariabelMutasi.HASIL, TeksPanjang.nilai(hasil.hasilJson()));
    execution.setVariable("ringkasanPemeriksaan", hasil.ringkasan());
    execution.setVariable(VariabelMutasi.PERLU_PERSETUJUAN, hasil.perluPersetujuan());
    jejak.catat(execution, JejakAudit.SISTEM, "PEMERIKSAAN", hasil.kesimpulan(), hasil.hasilJson());
  }
}
