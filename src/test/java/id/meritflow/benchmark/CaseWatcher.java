package id.meritflow.benchmark;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Waits for a case to end ({@link CaseEnds} says when its end is committed) and reads its duration
 * from the engine's history, start to end as the engine recorded them. A case that meets a human
 * task did not go straight through; it is reported, not waited for (looked for every half second
 * while the case runs).
 */
final class CaseWatcher {

  record Outcome(boolean straightThrough, long durationMs, String problem) {}

  static final long HUMAN_TASK_CHECK_MS = 500;

  private final HistoryService history;
  private final CaseEnds ends;
  private final Duration limit;

  CaseWatcher(HistoryService history, CaseEnds ends, Duration limit) {
    this.history = history;
    this.ends = ends;
    this.limit = limit;
  }

  Outcome await(String processInstanceId, String expectedEnd) {
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      while (!ended(processInstanceId)) {
        if (history.createHistoricTaskInstanceQuery().rootProcessInstanceId(processInstanceId).count() > 0) {
          return new Outcome(false, -1, "waits at a human task");
        }
        if (System.nanoTime() > deadline) {
          return new Outcome(false, -1, "not ended after " + limit.toSeconds() + " s");
        }
      }
    } finally {
      ends.forget(processInstanceId);
    }
    HistoricProcessInstance hpi = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return expectedEnd.equals(hpi.getEndActivityId())
        ? new Outcome(true, hpi.getDurationInMillis(), null)
        : new Outcome(false, hpi.getDurationInMillis(), "ended at " + hpi.getEndActivityId());
  }

  private boolean ended(String processInstanceId) {
    try {
      ends.end(processInstanceId).get(HUMAN_TASK_CHECK_MS, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
