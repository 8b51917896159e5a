package id.meritflow.demo;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.DemoAccountsGuard;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.event.ContextRefreshedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo tenants, users and memberships once; the demo profile only. */
@Component
@Profile("demo")
class DemoIdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(DemoIdentitySetup.class);

  private final IdentityService identityService;

  DemoIdentitySetup(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ContextRefreshedEvent.class)
  @Order(1)
  public void createDemoIdentities() {
    DemoIdentities.TENANTS.forEach(t -> {
      if (identityService.createTenantQuery().tenantId(t.id()).count() == 0) {
        var tenant = identityService.newTenant(t.id());
        tenant.setName(t.name());
        identityService.saveTenant(tenant);
      }
    });
    int created = 0;
    for (var u : DemoIdentities.USERS) {
      if (identityService.createUserQuery().userId(u.id()).count() > 0) {
        continue;
      }
      var user = identityService.newUser(u.id());
      user.setFirstName(u.firstName());
      user.setLastName(u.lastName());
      user.setEmail(u.id() + DemoAccountsGuard.DEMO_EMAIL_DOMAIN);
      user.setPassword(DemoIdentities.PASSWORD);
      identityService.saveUser(user);
      u.groups().forEach(g -> identityService.createMembership(u.id(), g));
      u.tenants().forEach(t -> identityService.createTenantUserMembership(t, u.id()));
      u.nip().ifPresent(nip -> identityService.setUserInfo(u.id(), Caller.NIP_USER_INFO, nip));
      created++;
    }
    for (String tenant : DemoIdentities.ADMIN_TENANTS) {
      if (identityService.createUserQuery().userId("admin").memberOfTenant(tenant).count() == 0) {
        identityService.createTenantUserMembership(tenant, "admin");
      }
    }
    if (created > 0) {
      log.info("Demo profile: created {} demo users (password '{}')", created, DemoIdentities.PASSWORD);
    }
  }
}
