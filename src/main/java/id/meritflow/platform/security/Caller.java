package id.meritflow.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * The authenticated caller of {@code /api}: user id, Camunda groups and tenants (instansi ids).
 * Every registry query is scoped by {@link #mayRead(String)}.
 *
 * @param nip the employee number linked to the account (pegawai role), if any
 */
public record Caller(String userId, List<String> groups, List<String> tenantIds, Optional<String> nip) {

  /** The Camunda user-info key that links an account to its employee's NIP. */
  public static final String NIP_USER_INFO = "nip";

  public static final String GROUP_ADMIN = "camunda-admin";
  public static final String GROUP_OPERATOR = "operator";
  public static final String GROUP_VERIFIKATOR = "verifikator-bkn";
  public static final String GROUP_PPK = "ppk";
  public static final String GROUP_PEGAWAI = "pegawai";
  public static final String GROUP_SUPERVISOR = "supervisor";
  public static final String GROUP_PERANCANG = "perancang-proses";

  public Caller {
    groups = List.copyOf(groups);
    tenantIds = List.copyOf(tenantIds);
  }

  public boolean isAdmin() {
    return groups.contains(GROUP_ADMIN);
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  /** Staff of an agency (anyone but a plain employee) read that agency's whole registry. */
  public boolean isStaff() {
    return isAdmin() || groups.stream().anyMatch(g -> !g.equals(GROUP_PEGAWAI));
  }

  /** Whether the caller may read data of the given instansi. */
  public boolean mayRead(String instansiId) {
    return isAdmin() || (isStaff() && tenantIds.contains(instansiId));
  }

  /** Whether the caller may create or change registry data of the given instansi. */
  public boolean mayWrite(String instansiId) {
    return isAdmin() || (inGroup(GROUP_OPERATOR) && tenantIds.contains(instansiId));
  }
}
