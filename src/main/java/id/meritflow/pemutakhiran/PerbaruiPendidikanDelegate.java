package id.meritflow.pemutakhiran;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the approved education into the registry. */
@Component("perbaruiPendidikanDelegate")
class PerbaruiPendidikanDelegate implements JavaDelegate {

  private final PemutakhiranPendidikanService service;

  PerbaruiPendidikanDelegate(PemutakhiranPendidikanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      service.terapkan((String) execution.getVariable("nip"), (String) execution.getVariable("pendidikanBaru"),
          (String) execution.getVariable("bidangPendidikan"));
    } catch (PemutakhiranPendidikanService.UsulanTidakValid e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
  }
}
