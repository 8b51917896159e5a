package id.meritflow.platform.batch;

import static id.meritflow.platform.batch.BatchTestData.operatorOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures, does not assert, how fast cases are started: run on demand with
 * {@code mvn -o -q test -Dtest=BatchThroughputMeasurement -Dmeritflow.ukur=true}.
 */
@EnabledIfSystemProperty(named = "meritflow.ukur", matches = "true")
class BatchThroughputMeasurement extends BatchApiTest {

  static final int ROWS = 2000;

  @Autowired UjiPendidikanBatch kind;

  @Override
  int employeesPerAgency() {
    return ROWS;
  }

  @Test
  void measuresCaseStartsPerSecondOnH2() throws Exception {
    kind.useChunkSize(100);
    try {
      long submitStart = System.nanoTime();
      String batchId = body(submit(operatorOf(BatchTestData.AGENCY_A), UUID.randomUUID().toString(), validRows(ROWS)))
          .get("id").asText();
      long accepted = System.nanoTime();
      awaitCasesStarted(batchId);
      long done = System.nanoTime();

      assertThat(casesWithKeyPrefix(batchId)).isEqualTo(ROWS);
      double intakeSeconds = (accepted - submitStart) / 1e9;
      double startSeconds = (done - accepted) / 1e9;
      System.out.printf("PENGUKURAN batch %d baris: penerimaan %.2f s (%.0f baris/s); memulai kasus %.2f s (%.0f kasus/s)%n",
          ROWS, intakeSeconds, ROWS / intakeSeconds, startSeconds, ROWS / startSeconds);
    } finally {
      kind.useChunkSize(10);
    }
  }
}
