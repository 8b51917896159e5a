package id.meritflow.pelaksana;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;

/** The task in its create event ({@link TaskListener#EVENTNAME_CREATE}), changed in place. */
record TugasBaru(DelegateTask task) implements Tugas {

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
    return task.getExecution() instanceof ExecutionEntity e ? e.getProcessDefinition().getKey() : null;
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
    return task.getCandidates().stream().map(IdentityLink::getUserId).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  @Override
  public Set<String> calonKelompok() {
    return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  @Override
  public Object variabelKasus(String nama) {
    return task.getExecution() == null ? null : task.getExecution().getProcessInstance().getVariable(nama);
  }

  @Override
  public void tambahCalon(String userId) {
    task.addCandidateUser(userId);
  }

  @Override
  public void hapusCalon(String userId) {
    task.deleteCandidateUser(userId);
  }

  @Override
  public void tetapkanAssignee(String userId) {
    task.setAssignee(userId);
  }

  @Override
  public void tambahKelompok(String groupId) {
    task.addCandidateGroup(groupId);
  }

  @Override
  public void hapusKelompok(String groupId) {
    task.deleteCandidateGroup(groupId);
  }

  @Override
  public void info(String teks) {
    if (teks == null) {
      task.removeVariableLocal(INFO);
    } else {
      task.setVariableLocal(INFO, teks);
    }
  }
}
