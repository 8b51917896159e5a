package id.meritflow.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scenario's figures on one database. {@code status} is OK, SKIPPED (with the reason, e.g. a
 * process that is not deployed yet) or FAILED (with the exception): a missing figure is always said.
 */
public record ScenarioResult(String scenario, String db, String status, String reason, Map<String, Double> metrics,
    Map<String, Object> details) {

  public static final String OK = "OK";
  public static final String SKIPPED = "SKIPPED";
  public static final String FAILED = "FAILED";

  static ScenarioResult ok(String scenario, String db, Map<String, Double> metrics, Map<String, Object> details) {
    return new ScenarioResult(scenario, db, OK, null, new LinkedHashMap<>(metrics), new LinkedHashMap<>(details));
  }

  static ScenarioResult skipped(String scenario, String db, String reason) {
    return new ScenarioResult(scenario, db, SKIPPED, reason, Map.of(), Map.of());
  }

  static ScenarioResult failed(String scenario, String db, Throwable e) {
    return new ScenarioResult(scenario, db, FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), Map.of(), Map.of());
  }

  Double metric(String name) {
    return metrics.get(name);
  }
}
