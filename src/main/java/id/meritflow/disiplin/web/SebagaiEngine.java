package id.meritflow.disiplin.web;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls past the caller's grants, after the API has decided what the caller may do
 * (tenant and role checks the engine's authorizations cannot express), then restores the caller.
 */
final class SebagaiEngine {

  private SebagaiEngine() {}

  static <T> T jalankan(IdentityService identity, Supplier<T> action) {
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
