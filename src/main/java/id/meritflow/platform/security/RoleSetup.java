package id.meritflow.platform.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.context.event.ContextRefreshedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the role groups and their grants on every start; idempotent, all profiles. */
@Component
class RoleSetup {

  private static final Logger log = LoggerFactory.getLogger(RoleSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  RoleSetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(0)
  public void createRoles() {
    Roles.GROUPS.forEach((id, name) -> {
      if (identityService.createGroupQuery().groupId(id).count() == 0) {
        var group = identityService.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        log.info("Created role group {}", id);
      }
    });
    Roles.GRANTS.forEach(this::ensure);
  }

  private void ensure(Roles.Grant grant) {
    var existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .list();
    Authorization authorization = existing.isEmpty()
        ? authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT)
        : existing.get(0);
    if (existing.isEmpty()) {
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = existing.isEmpty();
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
