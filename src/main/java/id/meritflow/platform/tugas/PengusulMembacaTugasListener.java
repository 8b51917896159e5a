package id.meritflow.platform.tugas;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Added to every user task on create (by {@link TugasParseListener}): the operator who proposed the
 * case ({@code pengusul}, the start event's initiator) may read each of its tasks, so *Usulan saya*
 * in Tasklist shows every step their proposal waits at. Read only: claiming or completing needs the
 * task's candidate group; the engine deletes the grant with the task.
 */
class PengusulMembacaTugasListener implements TaskListener {

  static final String PENGUSUL = "pengusul";

  @Override
  public void notify(DelegateTask task) {
    Object pengusul = task.getExecution().getProcessInstance().getVariable(PENGUSUL);
    if (pengusul == null || sudahTerlibat(task, pengusul.toString())) {
      return;
    }
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(pengusul.toString());
    grant.setResource(TASK);
    grant.setResourceId(task.getId());
    grant.addPermission(READ);
    // whoever's action created the task (an operator, a verifier, the job executor) need not be
    // allowed to write authorizations
    Context.getCommandContext().runWithoutAuthorization(() -> authorizations.saveAuthorization(grant));
  }

  /**
   * The proposer is the task's assignee or a candidate user (a disciplinary team member, say): the
   * engine grants them the task already, in the same transaction, and a second grant would collide.
   */
  private static boolean sudahTerlibat(DelegateTask task, String userId) {
    return userId.equals(task.getAssignee())
        || task.getCandidates().stream().anyMatch(link -> userId.equals(link.getUserId()));
  }
}
