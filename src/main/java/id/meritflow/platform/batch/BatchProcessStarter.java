package id.meritflow.platform.batch;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the "Proses batch" instance of a new batch. Its first step is asynchronous, so this only
 * writes a job, in the intake's transaction.
 */
@Component
class BatchProcessStarter {

  static final String PROCESS_KEY = "proses-batch";

  private final RuntimeService runtime;
  private final IdentityService identity;

  BatchProcessStarter(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  String start(BatchRecord batch) {
    // The API has checked the caller; the batch process is the platform's own, so it is started as
    // the engine (no caller grants needed). Its tenant is the owning agency, via instansiId.
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return runtime.createProcessInstanceByKey(PROCESS_KEY)
          .businessKey(batch.id())
          .setVariables(Map.of(BatchCaseStarter.VAR_BATCH_ID, batch.id(), "jenisBatch", batch.jenis(), "instansiId", batch.pemilik(),
              "jumlahBarisValid", batch.jumlahValid(), "pengaju", batch.pengaju()))
          .execute()
          .getId();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
