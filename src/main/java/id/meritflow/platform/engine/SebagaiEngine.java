package id.meritflow.platform.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls past the caller's grants, after the caller's code has decided what the caller
 * may do (tenant, role and own-NIP checks the engine's authorizations cannot express), then restores
 * the caller. Used where MeritFlow scopes a query itself: the disiplin API, the employee portal.
 */
public final class SebagaiEngine {

  private SebagaiEngine() {}

  public static <T> T jalankan(IdentityService identity, Supplier<T> action) {
    var auth = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (auth != null) {
        identity.setAuthentication(auth);
      }
    }
  }
}
