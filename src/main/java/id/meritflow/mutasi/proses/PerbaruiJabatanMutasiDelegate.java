package id.meritflow.mutasi.proses;

import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.mutasi.ProsesMutasi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the signed transfer into the registry's position history once the TMT has come. */
@Component("perbaruiJabatanMutasiDelegate")
class PerbaruiJabatanMutasiDelegate implements JavaDelegate {

  private final ProsesMutasi proses;
  private final JejakAudit jejak;

  PerbaruiJabatanMutasiDelegate(ProsesMutasi proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("riwayatJabatanId", proses.perbaruiJabatan(execution.getVariables()));
    jejak.catat(execution, JejakAudit.SISTEM, "PERUBAHAN_JABATAN", (String) execution.getVariable("jabatanTujuanId"),
        "Jabatan pegawai diperbarui di registri dengan TMT " + execution.getVariable("tmt") + " berdasarkan SK "
            + execution.getVariable("nomorSk") + ".");
  }
}
