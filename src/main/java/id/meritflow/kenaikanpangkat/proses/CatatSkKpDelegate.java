package id.meritflow.kenaikanpangkat.proses;

import id.meritflow.kenaikanpangkat.ProsesKenaikanPangkat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the signed SK's number on the proposal while the case waits for the TMT. */
@Component("catatSkKpDelegate")
class CatatSkKpDelegate implements JavaDelegate {

  private final ProsesKenaikanPangkat proses;

  CatatSkKpDelegate(ProsesKenaikanPangkat proses) {
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proses.skTerbit(execution.getProcessBusinessKey(), (String) execution.getVariable("nomorSk"));
  }
}
