package id.meritflow.pantauan;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ForbiddenException;
import java.util.List;
import java.util.Optional;

/**
 * Which agencies a supervisor's figures cover (ADR 0018). National: an administrator, or a
 * supervisor who is a member of BKN's tenant; they see every agency. Anyone else in the supervisor
 * group sees the agencies (tenants) they are a member of. Other roles have no Pantauan at all.
 *
 * @param instansi the agencies covered; empty when {@code nasional}
 */
record Cakupan(boolean nasional, List<String> instansi) {

  /** The tenant of Badan Kepegawaian Negara: its supervisors watch every agency. */
  static final String BKN = "bkn";

  Cakupan {
    instansi = List.copyOf(instansi);
  }

  static Cakupan dari(Caller caller) {
    if (caller.isAdmin()) {
      return new Cakupan(true, List.of());
    }
    if (!caller.inGroup(Caller.GROUP_SUPERVISOR)) {
      throw new ForbiddenException("BUKAN_SUPERVISOR", "Pantauan hanya untuk supervisor.");
    }
    if (caller.tenantIds().contains(BKN)) {
      return new Cakupan(true, List.of());
    }
    if (caller.tenantIds().isEmpty()) {
      throw new ForbiddenException("BUKAN_SUPERVISOR", "Akun supervisor ini tidak terdaftar pada instansi mana pun.");
    }
    return new Cakupan(false, caller.tenantIds());
  }

  /**
   * The agencies a query covers: the one asked for (which must be within the scope), or the
   * whole scope. {@link Optional#empty()} means every agency (national, nothing asked).
   */
  Optional<List<String>> untuk(Optional<String> diminta) {
    if (diminta.isPresent()) {
      String id = diminta.get();
      if (!nasional && !instansi.contains(id)) {
        throw new ForbiddenException("DI_LUAR_CAKUPAN", "Instansi " + id + " di luar cakupan pantauan Anda.");
      }
      return Optional.of(List.of(id));
    }
    return nasional ? Optional.empty() : Optional.of(instansi);
  }
}
