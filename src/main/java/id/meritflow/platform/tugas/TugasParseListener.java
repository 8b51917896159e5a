package id.meritflow.platform.tugas;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed model the same create listeners, so that designers do
 * not have to remember it in Modeler and the diagrams keep their plain task names.
 */
class TugasParseListener extends AbstractBpmnParseListener {

  private final List<TaskListener> listeners;

  TugasParseListener(TaskListener... listeners) {
    this.listeners = List.of(listeners);
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      listeners.forEach(l -> userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, l));
    }
  }
}
