package id.meritflow.penandatanganan.proses;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the signing task: remembers who signed ({@code penandatanganPengguna}), so the SK
 * carries that official's name and is signed with the certificate of that role.
 */
@Component("catatPenandatanganListener")
class CatatPenandatanganListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String user = task.getAssignee();
    if (user == null) {
      var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      user = auth == null ? null : auth.getUserId();
    }
    task.setVariable("penandatanganPengguna", user);
  }
}
