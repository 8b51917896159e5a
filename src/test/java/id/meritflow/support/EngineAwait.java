package id.meritflow.support;

import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;

/** Bounded waits for the job executor of a running application (never a fixed sleep). */
public final class EngineAwait {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private EngineAwait() {}

  /** Waits for the process instance's open task of this definition key; fails after 30 s. */
  public static String task(org.camunda.bpm.engine.TaskService taskService, String processInstanceId, String key) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
      if (task != null) {
        return task.getId();
      }
      pause();
    }
    throw new AssertionError("no task " + key + " in case " + processInstanceId + " after " + LIMIT.toSeconds() + " s");
  }

  /** Waits until the process instance has ended; fails after 30 s. */
  public static void ended(RuntimeService runtimeService, String processInstanceId) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("case " + processInstanceId + " still running after " + LIMIT.toSeconds() + " s");
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
