package id.meritflow.platform.batch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits and retry policy of batches ({@code meritflow.batch.*}). Public with a getter because the
 * "Proses batch" model reads the retry cycle through an expression.
 */
@Component("batchSettings")
public class BatchSettings {

  private final int maxBaris;
  private final String retryCycle;

  BatchSettings(@Value("${meritflow.batch.max-baris:100000}") int maxBaris,
      @Value("${meritflow.batch.retry-cycle:R5/PT1M}") String retryCycle) {
    this.maxBaris = maxBaris;
    this.retryCycle = retryCycle;
  }

  int maxBaris() {
    return maxBaris;
  }

  /** ISO 8601 repeat cycle for a failed chunk, e.g. {@code R5/PT1M}: five more tries a minute apart. */
  public String getRetryCycle() {
    return retryCycle;
  }
}
