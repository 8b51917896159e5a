package id.meritflow.notifikasi;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the notification hooks to every deployed model, so designers need not remember them in
 * Modeler: a create listener on every user task (new task → its people), and on the case
 * processes ({@code meritflow.notifikasi.proses-kasus}) an end listener (case ended → employee and
 * proposer) plus a start listener on each top-level end event that keeps its name as the outcome.
 */
class NotifikasiParseListener extends AbstractBpmnParseListener {

  static final String HASIL_KASUS = "hasilKasus";

  private final TaskListener tugasBaru;
  private final ExecutionListener kasusSelesai;
  private final List<String> prosesKasus;

  NotifikasiParseListener(PemberitahuanKasus kasus, List<String> prosesKasus) {
    this.tugasBaru = kasus::tugasBaru;
    this.kasusSelesai = execution -> {
      if (execution.getProcessInstanceId().equals(execution.getId()) && execution.getSuperExecution() == null) {
        kasus.kasusSelesai(execution, hasil(execution));
      }
    };
    this.prosesKasus = List.copyOf(prosesKasus);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, tugasBaru);
    }
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    if (prosesKasus.contains(processDefinition.getKey())) {
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, kasusSelesai);
    }
  }

  @Override
  public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
    if (scope instanceof ProcessDefinitionEntity definition && prosesKasus.contains(definition.getKey())) {
      String nama = endEventElement.attribute("name", activity.getId());
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener)
          execution -> ((DelegateExecution) execution).getProcessInstance().setVariable(HASIL_KASUS, nama));
    }
  }

  private static String hasil(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return "dibatalkan";
    }
    Object hasil = execution.getVariable(HASIL_KASUS);
    return hasil == null ? "selesai" : hasil.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
