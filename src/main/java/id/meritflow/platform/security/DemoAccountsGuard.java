package id.meritflow.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to run on a database that still holds the demo accounts (for
 * example a database first started with the demo profile). Demo accounts are recognised by their
 * e-mail domain; checking their password would count as failed logins and lock real accounts.
 */
@Component
@Profile("!demo")
public class DemoAccountsGuard {

  /** Every demo account, and only those, has an address in this domain. */
  public static final String DEMO_EMAIL_DOMAIN = "@demo.meritflow.id";

  private final IdentityService identityService;

  DemoAccountsGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ContextRefreshedEvent.class)
  public void refuseDemoAccounts() {
    var demoAccounts = identityService.createUserQuery().userEmailLike("%" + DEMO_EMAIL_DOMAIN).list()
        .stream().map(User::getId).toList();
    if (!demoAccounts.isEmpty()) {
      throw new IllegalStateException("MeritFlow refuses to start outside the demo profile: demo accounts "
          + demoAccounts + " exist in this database. Use a fresh database.");
    }
  }
}
