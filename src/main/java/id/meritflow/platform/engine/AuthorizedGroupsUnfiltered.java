package id.meritflow.platform.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager without its first query of every command that checks
 * authorizations: {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, read to drop the
 * caller's groups that have no authorization at all from the checks' {@code GROUP_ID_ IN (...)}
 * lists. That query reads the whole table, which holds a grant per open task and candidate group,
 * so its cost grows with the open tasks (measured in docs/perf/rest.md). A group without any
 * authorization matches no row of the checks either, so keeping it in the list gives the same
 * answers; MeritFlow's users have a handful of groups each.
 */
final class AuthorizedGroupsUnfiltered implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new AuthorizationManager() {
      @Override
      public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        return authenticatedGroupIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      }
    };
  }
}
