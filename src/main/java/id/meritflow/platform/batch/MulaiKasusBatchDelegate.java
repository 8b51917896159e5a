package id.meritflow.platform.batch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mulai kasus untuk baris berikutnya": one chunk per job; tells the loop whether rows remain. */
@Component("mulaiKasusBatchDelegate")
class MulaiKasusBatchDelegate implements JavaDelegate {

  private final BatchCaseStarter starter;

  MulaiKasusBatchDelegate(BatchCaseStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean remaining = starter.startNextChunk((String) execution.getVariable(BatchCaseStarter.VAR_BATCH_ID));
    execution.setVariable("adaBarisTersisa", remaining);
  }
}
