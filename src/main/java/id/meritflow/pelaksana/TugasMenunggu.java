package id.meritflow.pelaksana;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * A task already waiting, changed through the engine's services (each call joins the caller's
 * transaction). The caller runs without an authenticated user: this is the system acting on a
 * recorded absence, not the user who recorded it.
 */
final class TugasMenunggu implements Tugas {

  private final Task task;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final String prosesKey;
  private final List<IdentityLink> links;

  TugasMenunggu(Task task, TaskService tasks, RuntimeService runtime, RepositoryService repository) {
    this.task = task;
    this.tasks = tasks;
    this.runtime = runtime;
    this.prosesKey = task.getProcessDefinitionId() == null ? null
        : repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    this.links = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
  }

  @Override
  public String id() {
    return task.getId();
  }

  @Override
  public String tenantId() {
    return task.getTenantId();
  }

  @Override
  public String prosesKey() {
    return prosesKey;
  }

  @Override
  public String tugasKey() {
    return task.getTaskDefinitionKey();
  }

  @Override
  public String assignee() {
    return task.getAssignee();
  }

  @Override
  public Set<String> calonPengguna() {
    return links.stream().map(IdentityLink::getUserId).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  @Override
  public Set<String> calonKelompok() {
    return links.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  @Override
  public Object variabelKasus(String nama) {
    return task.getProcessInstanceId() == null ? null : runtime.getVariable(task.getProcessInstanceId(), nama);
  }

  @Override
  public void tambahCalon(String userId) {
    tasks.addCandidateUser(task.getId(), userId);
  }

  @Override
  public void hapusCalon(String userId) {
    tasks.deleteCandidateUser(task.getId(), userId);
  }

  @Override
  public void tetapkanAssignee(String userId) {
    tasks.setAssignee(task.getId(), userId);
  }

  @Override
  public void tambahKelompok(String groupId) {
    tasks.addCandidateGroup(task.getId(), groupId);
  }

  @Override
  public void hapusKelompok(String groupId) {
    tasks.deleteCandidateGroup(task.getId(), groupId);
  }

  @Override
  public void info(String teks) {
    if (teks == null) {
      tasks.removeVariableLocal(task.getId(), INFO);
    } else {
      tasks.setVariableLocal(task.getId(), INFO, teks);
    }
  }
}
