package id.meritflow.platform.batch;

import static id.meritflow.platform.batch.BatchTestData.AGENCY_A;
import static id.meritflow.platform.batch.BatchTestData.nip;
import static id.meritflow.platform.batch.BatchTestData.operatorOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

class BatchCrashRecoveryTest extends BatchApiTest {

  @Test
  void aFailedChunkIsRolledBackWholeAndItsRetryStartsEveryCaseExactlyOnce() throws Exception {
    // given 50 valid rows (chunks of 10); starting row 25 fails the first time, as a crash would
    var rows = validRows(50);
    rows.set(24, row(nip(AGENCY_A, 25), "S2", UjiPendidikanBatch.FAIL_ONCE + "-" + UUID.randomUUID()));

    // when
    var receipt = body(submit(operatorOf(AGENCY_A), UUID.randomUUID().toString(), rows));
    String batchId = receipt.get("id").asText();
    String batchProcess = jdbc.queryForObject("select process_instance_id from batch where id = ?", String.class, batchId);
    await(Duration.ofSeconds(60), () -> management.createJobQuery().processInstanceId(batchProcess)
        .withException().count() == 1);

    // then chunks 1-2 are committed; chunk 3 (rows 21-30) left nothing behind, though rows 21-24 had started
    assertThat(rowsWithStatus(batchId, "STARTED")).isEqualTo(20);
    assertThat(casesWithKeyPrefix(batchId)).isEqualTo(20);
    assertThat(jdbc.queryForObject("""
        select count(*) from batch_baris where batch_id = ? and status = 'STARTED' and process_instance_id is null""",
        Integer.class, batchId)).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("UJI-" + batchId + "-21").count())
        .isZero();
    var failedJob = management.createJobQuery().processInstanceId(batchProcess).singleResult();
    assertThat(failedJob.getExceptionMessage()).contains("simulasi crash");
    assertThat(failedJob.getDuedate()).as("retried later, on the configured cycle").isAfter(ClockUtil.getCurrentTime());

    // when the engine retries the job (brought forward instead of waiting a minute)
    management.setJobDuedate(failedJob.getId(), ClockUtil.getCurrentTime());
    awaitCasesStarted(batchId);

    // then every valid row has exactly one case
    assertThat(rowsWithStatus(batchId, "STARTED")).isEqualTo(50);
    assertThat(rowsWithStatus(batchId, "VALID")).isZero();
    assertThat(casesWithKeyPrefix(batchId)).isEqualTo(50);
    assertThat(distinctBusinessKeys(batchId)).isEqualTo(50);
    assertThat(jdbc.queryForObject("select count(distinct process_instance_id) from batch_baris where batch_id = ?",
        Integer.class, batchId)).isEqualTo(50);
  }
}
