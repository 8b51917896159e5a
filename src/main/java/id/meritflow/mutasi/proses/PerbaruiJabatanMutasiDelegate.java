package id.meritflow.mutasi.proses;

import id.meritflow.mutasi.ProsesMutasi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the signed transfer into the registry's position history once the TMT has come. */
@Component("perbaruiJabatanMutasiDelegate")
class PerbaruiJabatanMutasiDelegate implements JavaDelegate {

  private final ProsesMutasi proses;

  PerbaruiJabatanMutasiDelegate(ProsesMutasi proses) {
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("riwayatJabatanId", proses.perbaruiJabatan(execution.getVariables()));
  }
}
