package id.meritflow.platform.engine;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Definitions are shared by all agencies; each case belongs to the agency of its employee. A case
 * is the employee's agency's tenant: the engine then hides it from every other agency. A called
 * sub-process stays in its caller's tenant, and a caller may only start cases in its own agency.
 * The exceptions are the ones the engine REST API answers with 400 and 403.
 */
class CaseTenantIdProvider implements TenantIdProvider {

  static final String NIP = "nip";
  static final String INSTANSI_ID = "instansiId";
  private static final String ADMIN_GROUP = "camunda-admin";

  private final CaseTenantResolver resolver;

  CaseTenantIdProvider(CaseTenantResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    String tenant = tenantOf(ctx.getVariables().get(NIP), ctx.getVariables().get(INSTANSI_ID))
        .orElseThrow(() -> new BadUserRequestException(
            "Kasus tidak dapat dimulai: NIP pegawai tidak terdaftar atau tidak disebut (variabel 'nip')."));
    requireCallerOf(tenant);
    return tenant;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  private Optional<String> tenantOf(Object nip, Object instansiId) {
    if (nip instanceof String n && !n.isBlank()) {
      return resolver.instansiOf(n.trim());
    }
    if (instansiId instanceof String i && !i.isBlank()) {
      return Optional.of(i);
    }
    return Optional.empty();
  }

  /** An authenticated caller (webapps, REST) may only start cases of its own agencies. */
  private static void requireCallerOf(String tenant) {
    var commandContext = Context.getCommandContext();
    Authentication auth = commandContext == null ? null : commandContext.getAuthentication();
    if (auth == null || auth.getUserId() == null) {
      // The engine itself: a trusted use case that checked its caller, or a job. The job executor
      // authenticates a job of a tenant with that tenant only (no user), e.g. a batch of agency A
      // whose administrator listed employees of agency B: that is not a caller to check.
      return;
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    List<String> tenants = auth.getTenantIds() == null ? List.of() : auth.getTenantIds();
    if (!groups.contains(ADMIN_GROUP) && !tenants.contains(tenant)) {
      throw new AuthorizationException(
          "Kasus tidak dapat dimulai: pegawai ini bukan pegawai instansi Anda.");
    }
  }
}
