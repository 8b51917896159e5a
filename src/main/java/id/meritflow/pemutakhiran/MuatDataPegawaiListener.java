package id.meritflow.pemutakhiran;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Puts the employee's name and current education on the case, for the verifier's form. */
@Component("muatDataPegawaiListener")
class MuatDataPegawaiListener implements ExecutionListener {

  private final PemutakhiranPendidikanService service;

  MuatDataPegawaiListener(PemutakhiranPendidikanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var data = service.dataSaatIni((String) execution.getVariable("nip"));
    execution.setVariable("namaPegawai", data.nama());
    execution.setVariable("pendidikanLama", data.pendidikan().name());
  }
}
