package id.meritflow.penandatanganan.proses;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads {@code nip} (and {@code jabatanSasaranId}); writes the signer decision's inputs. */
@Component("siapkanPenandatangananDelegate")
class SiapkanPenandatangananDelegate implements JavaDelegate {

  private final PenandatangananKasus kasus;

  SiapkanPenandatangananDelegate(PenandatangananKasus kasus) {
    this.kasus = kasus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var data = kasus.siapkan((String) execution.getVariable("nip"), (String) execution.getVariable("jabatanSasaranId"));
    execution.setVariable("instansiId", data.instansiId());
    execution.setVariable("jenisJabatan", data.jenisJabatan());
    execution.setVariable("jenjang", data.jenjang());
    execution.setVariable("tingkatInstansi", data.tingkatInstansi());
    execution.setVariable("namaPegawai", data.namaPegawai());
  }
}
