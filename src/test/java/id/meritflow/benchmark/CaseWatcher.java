package id.meritflow.benchmark;

import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Waits for a case to end and reads its duration from the engine's history (start to end as the
 * engine recorded them, so polling does not blur the figure). A case that meets a human task did
 * not go straight through; it is reported, not waited for.
 */
final class CaseWatcher {

  record Outcome(boolean straightThrough, long durationMs, String problem) {}

  private final HistoryService history;
  private final Duration limit;

  CaseWatcher(HistoryService history, Duration limit) {
    this.history = history;
    this.limit = limit;
  }

  Outcome await(String processInstanceId, String expectedEnd) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (int poll = 1; ; poll++) {
      HistoricProcessInstance hpi = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      if (hpi != null && hpi.getEndTime() != null) {
        return expectedEnd.equals(hpi.getEndActivityId())
            ? new Outcome(true, hpi.getDurationInMillis(), null)
            : new Outcome(false, hpi.getDurationInMillis(), "ended at " + hpi.getEndActivityId());
      }
      if (poll % 25 == 0 && history.createHistoricTaskInstanceQuery().rootProcessInstanceId(processInstanceId).count() > 0) {
        return new Outcome(false, -1, "waits at a human task");
      }
      if (System.nanoTime() > deadline) {
        return new Outcome(false, -1, "not ended after " + limit.toSeconds() + " s");
      }
      sleep(20);
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
