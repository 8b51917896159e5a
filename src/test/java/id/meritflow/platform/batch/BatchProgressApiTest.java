package id.meritflow.platform.batch;

import static id.meritflow.platform.batch.BatchTestData.AGENCY_A;
import static id.meritflow.platform.batch.BatchTestData.AGENCY_B;
import static id.meritflow.platform.batch.BatchTestData.nip;
import static id.meritflow.platform.batch.BatchTestData.operatorOf;
import static id.meritflow.platform.batch.BatchTestData.ppkOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchProgressApiTest extends BatchApiTest {

  @Test
  void showsCountsAndEachRowsOutcomeWithItsCase() throws Exception {
    // given 15 valid rows and one refused
    var rows = validRows(15);
    rows.add(row(nip(AGENCY_A, 16), "S2", null));
    String batchId = body(submit(operatorOf(AGENCY_A), UUID.randomUUID().toString(), rows)).get("id").asText();
    awaitCasesStarted(batchId);

    // when
    var progress = body(getAs(ppkOf(AGENCY_A), "/api/batch/" + batchId));
    var started = body(getAs(operatorOf(AGENCY_A), "/api/batch/" + batchId + "/baris?status=STARTED&page=1&size=10"));
    var refused = body(getAs(operatorOf(AGENCY_A), "/api/batch/" + batchId + "/baris?status=INVALID"));

    // then
    assertThat(progress.get("jenis").asText()).isEqualTo(UjiPendidikanBatch.KODE);
    assertThat(progress.get("status").asText()).isEqualTo("SELESAI");
    assertThat(progress.at("/jumlah/total").asInt()).isEqualTo(16);
    assertThat(progress.at("/jumlah/valid").asInt()).isEqualTo(15);
    assertThat(progress.at("/jumlah/invalid").asInt()).isEqualTo(1);
    assertThat(progress.at("/jumlah/dimulai").asInt()).isEqualTo(15);
    assertThat(progress.at("/jumlah/kasusSelesai").asInt()).isZero();
    assertThat(started.get("total").asInt()).isEqualTo(15);
    assertThat(started.get("items")).hasSize(5);
    assertThat(started.at("/items/0/baris").asInt()).isEqualTo(11);
    assertThat(started.at("/items/0/processInstanceId").asText()).isNotBlank();
    assertThat(started.at("/items/0/kasus/status").asText()).isEqualTo("BERJALAN");
    assertThat(refused.at("/items/0/baris").asInt()).isEqualTo(16);
    assertThat(refused.at("/items/0/errors/0/code").asText()).isEqualTo("NOMOR_IJAZAH_WAJIB");
  }

  @Test
  void reportsAnEndedCaseWithItsEndEvent() throws Exception {
    // given a batch whose one case is then withdrawn
    String batchId = body(submit(operatorOf(AGENCY_A), UUID.randomUUID().toString(), validRows(1))).get("id").asText();
    awaitCasesStarted(batchId);
    String caseId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("UJI-" + batchId + "-1")
        .singleResult().getId();
    runtime.deleteProcessInstance(caseId, "ditarik");

    // when
    var progress = body(getAs(operatorOf(AGENCY_A), "/api/batch/" + batchId));
    var rows = body(getAs(operatorOf(AGENCY_A), "/api/batch/" + batchId + "/baris"));

    // then
    assertThat(progress.at("/jumlah/kasusSelesai").asInt()).isEqualTo(1);
    assertThat(rows.at("/items/0/kasus/status").asText()).isEqualTo("DIHENTIKAN");
  }

  @Test
  void hidesABatchFromAnotherAgency() throws Exception {
    // given
    String batchId = body(submit(operatorOf(AGENCY_A), UUID.randomUUID().toString(), validRows(1))).get("id").asText();
    awaitCasesStarted(batchId);

    // when
    var batch = getAs(operatorOf(AGENCY_B), "/api/batch/" + batchId);
    var rows = getAs(ppkOf(AGENCY_B), "/api/batch/" + batchId + "/baris");

    // then
    assertThat(batch.getResponse().getStatus()).isEqualTo(404);
    assertThat(body(batch).get("code").asText()).isEqualTo("BATCH_TIDAK_DITEMUKAN");
    assertThat(rows.getResponse().getStatus()).isEqualTo(404);
  }
}
