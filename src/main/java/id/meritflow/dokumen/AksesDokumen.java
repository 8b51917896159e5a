package id.meritflow.dokumen;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.Roles;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may add a case's documents. Readers are the case's reviewers and nobody
 * else: the staff of the case's agency who work cases (operator, PPK, atasan), whoever's group had
 * a task in the case (BKN verifier, Kepala Kanreg, the signing official) and is a member of the
 * case's tenant, and the administrator. A plain employee, the case's own included, reads none: the
 * letters are the agency's and may name other people. Only the agency's operator adds documents.
 */
@Component
class AksesDokumen {

  private static final Set<String> STAF_INSTANSI = Set.of(Caller.GROUP_OPERATOR, Caller.GROUP_PPK, Roles.GROUP_ATASAN);

  private final KasusEngine engine;

  AksesDokumen(KasusEngine engine) {
    this.engine = engine;
  }

  boolean bolehMembaca(Caller caller, Kasus kasus) {
    if (caller.isAdmin()) {
      return true;
    }
    if (!caller.isStaff() || kasus.instansiId().filter(caller.tenantIds()::contains).isEmpty()) {
      return false;
    }
    return caller.groups().stream().anyMatch(STAF_INSTANSI::contains) || engine.pernahBertugas(kasus, caller);
  }

  boolean bolehMengunggah(Caller caller, Kasus kasus) {
    return kasus.instansiId().filter(caller::mayWrite).isPresent();
  }
}
