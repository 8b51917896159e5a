package id.meritflow.pelaksana;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * A user's grant on one task. The engine grants a candidate user or assignee the right to work on
 * the task, but does not take it back when the link goes; ending an absence does that here.
 * Callers run without an authenticated user (or inside the engine's runWithoutAuthorization).
 */
@Component
class IzinTugas {

  private final AuthorizationService authorizations;

  IzinTugas(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** The user's permission bits on the task, if they have a grant of their own. */
  Optional<Integer> izin(String userId, String taskId) {
    return cari(userId, taskId).map(a -> ((AuthorizationEntity) a).getPermissions());
  }

  /** Lets the user read the task (and its form) without working on it. */
  void bacaSaja(String userId, String taskId) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(TASK);
    grant.setResourceId(taskId);
    grant.addPermission(READ);
    authorizations.saveAuthorization(grant);
  }

  /**
   * Puts the user's grant back as it was: removed if there was none, unless the user must still
   * read the task (the case's proposer, whose read grant shares the row).
   */
  void pulihkan(String userId, String taskId, Optional<Integer> semula, boolean tetapBaca) {
    cari(userId, taskId).ifPresent(a -> {
      if (semula.isEmpty() && !tetapBaca) {
        authorizations.deleteAuthorization(a.getId());
        return;
      }
      AuthorizationEntity entity = (AuthorizationEntity) a;
      entity.setPermissions(semula.orElse(READ.getValue()));
      authorizations.saveAuthorization(entity);
    });
  }

  private Optional<Authorization> cari(String userId, String taskId) {
    return authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(TASK).resourceId(taskId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream().findFirst();
  }
}
