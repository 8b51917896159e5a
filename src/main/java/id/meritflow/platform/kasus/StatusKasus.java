package id.meritflow.platform.kasus;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Where a case stands in the engine, as every list shows and filters it (the agency's transfers,
 * Usulan saya, the employee portal): one reading of the engine's history for all of them.
 */
public enum StatusKasus {
  /** Still running (possibly waiting for a person, a job or the TMT). */
  BERJALAN,
  /** Reached one of its end events (which one, a list says in words). */
  SELESAI,
  /** Stopped from outside the process (deleted in Cockpit or through the engine API). */
  DIBATALKAN;

  public static Optional<StatusKasus> parse(String s) {
    return Arrays.stream(values()).filter(v -> v.name().equals(s)).findFirst();
  }

  /**
   * By the instance's state, not its delete reason: a case deleted through the engine's API is
   * recorded as internally terminated, and one that reached an end event as completed.
   */
  public static StatusKasus dari(HistoricProcessInstance kasus) {
    if (kasus.getEndTime() == null) {
      return BERJALAN;
    }
    return HistoricProcessInstance.STATE_COMPLETED.equals(kasus.getState()) ? SELESAI : DIBATALKAN;
  }

  /** The same in words, for people. */
  public String label() {
    return switch (this) {
      case BERJALAN -> "Sedang diproses";
      case SELESAI -> "Selesai";
      case DIBATALKAN -> "Dihentikan";
    };
  }
}
