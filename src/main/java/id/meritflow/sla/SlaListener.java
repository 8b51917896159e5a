package id.meritflow.sla;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task listener for every approval step (events {@code create} and {@code complete}): records the
 * step and its working-day deadline (the task's due date, e.g. {@code camunda:dueDate="5 hari
 * kerja"}) and how it ended.
 */
@Component("slaListener")
class SlaListener implements TaskListener {

  private final SlaRepository repository;

  SlaListener(SlaRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> repository.opened(task.getId(), task.getProcessInstanceId(),
          ((ExecutionEntity) task.getExecution()).getRootProcessInstanceId(), task.getTenantId(),
          task.getTaskDefinitionKey(), task.getName(), now,
          task.getDueDate() == null ? null : task.getDueDate().toInstant());
      case EVENTNAME_COMPLETE -> repository.completed(task.getId(), now, task.getAssignee());
      default -> { }
    }
  }
}
