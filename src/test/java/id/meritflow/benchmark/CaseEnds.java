package id.meritflow.benchmark;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Tells the benchmark's clients the moment a case's end is committed, so that they need not ask the
 * history for it again and again: a listener on the end of the watched processes (top-level
 * instances only) that completes the case's future once the ending transaction has committed. It
 * runs in the benchmarked JVM only (a benchmark plugin, not part of the application).
 *
 * <p>Until the eighth session the clients polled the history every 20 ms; the polls cost ~10 % of
 * the JVM's samples in the bare engine's window and ~20 % in mutasi's (longer cases, more polls), and
 * a one-client case's end was seen up to 20 ms late (docs/benchmarks.md, "Eighth session").
 */
final class CaseEnds extends AbstractProcessEnginePlugin {

  private final Set<String> watchedKeys;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> ends = new ConcurrentHashMap<>();

  CaseEnds(Set<String> watchedKeys) {
    this.watchedKeys = Set.copyOf(watchedKeys);
  }

  /** Completes when the case has ended and its end is committed (already complete if it has). */
  CompletableFuture<Void> end(String processInstanceId) {
    return ends.computeIfAbsent(processInstanceId, id -> new CompletableFuture<>());
  }

  /** Forgets a case whose end has been seen (or given up on). */
  void forget(String processInstanceId) {
    ends.remove(processInstanceId);
  }

  /** How many cases are held (awaited or ended and not yet seen): for the tests. */
  int held() {
    return ends.size();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (watchedKeys.contains(processDefinition.getKey())) {
          processDefinition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) this::ended);
        }
      }

      private void ended(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        if (execution.getProcessInstance().getSuperExecution() != null) {
          return; // a called process of the case, not the case
        }
        String id = execution.getProcessInstanceId();
        Context.getCommandContext().getTransactionContext()
            .addTransactionListener(TransactionState.COMMITTED, commandContext -> end(id).complete(null));
      }
    });
  }
}
