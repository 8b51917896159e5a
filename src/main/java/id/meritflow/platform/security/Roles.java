package id.meritflow.platform.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * MeritFlow's roles as Camunda groups, and what each may do. Tenant isolation comes on top of
 * these grants: the engine shows a member of tenant A nothing of tenant B whatever the grant.
 *
 * <p>No role gets a global grant on tasks except the read-only supervisor: the engine grants a
 * task's candidate group the right to work on that one task, so an operator cannot complete a
 * verifier's task of the same agency.
 */
public final class Roles {

  /** Signs Keppres decisions (JPT utama/madya, JF ahli utama), see delegasi-tanda-tangan.dmn. */
  public static final String GROUP_PRESIDEN = "presiden";

  /** Head of a BKN regional office: a verifier's superior, who gets late verification tasks (SLA). */
  public static final String GROUP_KEPALA_KANREG = "kepala-kanreg";

  /** A superior: opens disciplinary cases, summons and examines, delivers decisions (PP 94/2021). */
  public static final String GROUP_ATASAN = "atasan";

  /** Badan Pertimbangan ASN: hears banding administratif against dismissals (PP 79/2021). */
  public static final String GROUP_BPASN = "bpasn";

  /**
   * Agency staff who work in Tasklist on no role's tasks of their own: they are named acting
   * officials (Plh/Plt) and then work on an absent official's tasks (pelaksana/, ADR 0016).
   */
  public static final String GROUP_STAF = "staf";

  /** Display names of the groups, in Bahasa Indonesia. */
  public static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry(GROUP_ATASAN, "Atasan langsung (disiplin)"),
      Map.entry(GROUP_BPASN, "Badan Pertimbangan ASN (banding administratif)"),
      Map.entry(GROUP_PRESIDEN, "Presiden (melalui Kementerian Sekretariat Negara)"),
      Map.entry(GROUP_KEPALA_KANREG, "Kepala Kantor Regional BKN"),
      Map.entry(Caller.GROUP_OPERATOR, "Operator BKD/BKPSDM"),
      Map.entry(Caller.GROUP_VERIFIKATOR, "Verifikator BKN"),
      Map.entry(Caller.GROUP_PPK, "PPK / Pejabat Penandatangan"),
      Map.entry(Caller.GROUP_PEGAWAI, "Pegawai"),
      Map.entry(Caller.GROUP_SUPERVISOR, "Supervisor (pemantauan)"),
      Map.entry(Caller.GROUP_PERANCANG, "Perancang Proses"),
      Map.entry(GROUP_STAF, "Staf instansi (dapat ditunjuk sebagai Plh/Plt)"));

  /** One grant: a group may do these things on every resource of a type. */
  public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
      return new Grant(groupId, resource, resourceId, List.of(permissions));
    }
  }

  public static final List<Grant> GRANTS = List.of(
      Grant.of(Caller.GROUP_OPERATOR, APPLICATION, "tasklist", ACCESS),
      Grant.of(Caller.GROUP_OPERATOR, PROCESS_DEFINITION, "*", READ, CREATE_INSTANCE, READ_HISTORY),
      Grant.of(Caller.GROUP_OPERATOR, PROCESS_INSTANCE, "*", CREATE, READ),

      Grant.of(Caller.GROUP_VERIFIKATOR, APPLICATION, "tasklist", ACCESS),
      Grant.of(Caller.GROUP_VERIFIKATOR, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(Caller.GROUP_VERIFIKATOR, PROCESS_INSTANCE, "*", READ),

      Grant.of(Caller.GROUP_PPK, APPLICATION, "tasklist", ACCESS),
      Grant.of(Caller.GROUP_PPK, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(Caller.GROUP_PPK, PROCESS_INSTANCE, "*", READ),

      Grant.of(GROUP_KEPALA_KANREG, APPLICATION, "tasklist", ACCESS),
      Grant.of(GROUP_KEPALA_KANREG, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(GROUP_KEPALA_KANREG, PROCESS_INSTANCE, "*", READ),

      Grant.of(GROUP_PRESIDEN, APPLICATION, "tasklist", ACCESS),
      Grant.of(GROUP_PRESIDEN, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(GROUP_PRESIDEN, PROCESS_INSTANCE, "*", READ),

      // Superiors and BPASN work on the disiplin tasks given to their group (or to them, as team members).
      Grant.of(GROUP_ATASAN, APPLICATION, "tasklist", ACCESS),
      Grant.of(GROUP_ATASAN, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(GROUP_ATASAN, PROCESS_INSTANCE, "*", READ),

      Grant.of(GROUP_BPASN, APPLICATION, "tasklist", ACCESS),
      Grant.of(GROUP_BPASN, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(GROUP_BPASN, PROCESS_INSTANCE, "*", READ),

      // Staff act on tasks given to them as acting official (candidate user), nothing else.
      Grant.of(GROUP_STAF, APPLICATION, "tasklist", ACCESS),
      Grant.of(GROUP_STAF, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(GROUP_STAF, PROCESS_INSTANCE, "*", READ),

      Grant.of(Caller.GROUP_SUPERVISOR, APPLICATION, "cockpit", ACCESS),
      Grant.of(Caller.GROUP_SUPERVISOR, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_TASK, READ_HISTORY),
      Grant.of(Caller.GROUP_SUPERVISOR, PROCESS_INSTANCE, "*", READ),
      Grant.of(Caller.GROUP_SUPERVISOR, TASK, "*", READ),
      Grant.of(Caller.GROUP_SUPERVISOR, DEPLOYMENT, "*", READ),
      Grant.of(Caller.GROUP_SUPERVISOR, DECISION_DEFINITION, "*", READ, READ_HISTORY),
      Grant.of(Caller.GROUP_SUPERVISOR, DECISION_REQUIREMENTS_DEFINITION, "*", READ),

      Grant.of(Caller.GROUP_PERANCANG, APPLICATION, "cockpit", ACCESS),
      Grant.of(Caller.GROUP_PERANCANG, DEPLOYMENT, "*", CREATE, READ, DELETE),
      Grant.of(Caller.GROUP_PERANCANG, PROCESS_DEFINITION, "*", READ),
      Grant.of(Caller.GROUP_PERANCANG, DECISION_DEFINITION, "*", READ),
      Grant.of(Caller.GROUP_PERANCANG, DECISION_REQUIREMENTS_DEFINITION, "*", READ));

  private Roles() {}
}
