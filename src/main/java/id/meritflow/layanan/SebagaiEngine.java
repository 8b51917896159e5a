package id.meritflow.layanan;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls past the caller's grants once the portal has scoped them itself (an employee
 * holds no engine grants; the queries name the caller's NIP, agency and role), then restores the caller.
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
