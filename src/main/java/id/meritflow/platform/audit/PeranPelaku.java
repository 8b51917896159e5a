package id.meritflow.platform.audit;

import java.util.Optional;

/**
 * In what capacity a user completed a task, when not in their own: e.g. "sebagai Plh Verifikator
 * BKN (verifikator-bkn)". Implemented by the feature that knows (pelaksana/); the audit trail adds
 * it to the decision's entry.
 */
public interface PeranPelaku {

  Optional<String> sebagai(String taskId, String userId);
}
