package id.meritflow.platform.batch;

import static id.meritflow.platform.batch.BatchTestData.AGENCY_A;
import static id.meritflow.platform.batch.BatchTestData.AGENCY_B;
import static id.meritflow.platform.batch.BatchTestData.nip;
import static id.meritflow.platform.batch.BatchTestData.operatorOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchIntakeApiTest extends BatchApiTest {

  @Test
  void refusesInvalidRowsByNumberAndStartsACaseForEveryValidRow() throws Exception {
    // given rows 1, 4 and 8 valid; the others broken in one way each
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row(nip(AGENCY_A, 1), "S2", "IJZ-1"));
    rows.add(row(null, "S2", "IJZ-2"));                          // 2: no NIP
    rows.add(row(nip(AGENCY_A, 3), "S9", "IJZ-3"));              // 3: unknown level
    rows.add(row(nip(AGENCY_A, 4), "S2", "IJZ-4"));
    rows.add(row(nip(AGENCY_B, 5), "S2", "IJZ-5"));              // 5: another agency's employee
    rows.add(row("199001012015011999", "S2", "IJZ-6"));          // 6: NIP not in the registry
    Map<String, Object> badDate = row(nip(AGENCY_A, 7), "S2", "IJZ-7");
    badDate.put("tanggalIjazah", "17-08-2024");                  // 7: not an ISO date
    rows.add(badDate);
    rows.add(row(nip(AGENCY_A, 8), "S2", "IJZ-8"));

    // when
    var result = submit(operatorOf(AGENCY_A), UUID.randomUUID().toString(), rows);

    // then
    assertThat(result.getResponse().getStatus()).isEqualTo(202);
    var receipt = body(result);
    String batchId = receipt.get("id").asText();
    assertThat(receipt.at("/jumlah/total").asInt()).isEqualTo(8);
    assertThat(receipt.at("/jumlah/valid").asInt()).isEqualTo(3);
    assertThat(receipt.at("/jumlah/invalid").asInt()).isEqualTo(5);
    var refusals = receipt.get("penolakan");
    assertThat(refusals).extracting(r -> r.get("baris").asInt()).containsExactly(2, 3, 5, 6, 7);
    assertThat(refusals).extracting(r -> r.at("/errors/0/field").asText() + ":" + r.at("/errors/0/code").asText())
        .containsExactly("nip:NIP_TIDAK_VALID", "pendidikanBaru:PENDIDIKAN_TIDAK_DIKENAL", "$:BARIS_TIDAK_BERWENANG",
            "$:INSTANSI_TIDAK_DIKETAHUI", "tanggalIjazah:FORMAT_TIDAK_VALID");
    assertThat(refusals.at("/0/errors/0/message").asText()).isEqualTo("NIP wajib diisi 18 angka.");

    awaitCasesStarted(batchId);
    assertThat(casesWithKeyPrefix(batchId)).isEqualTo(3);
    assertThat(rowsWithStatus(batchId, "STARTED")).isEqualTo(3);
    var caseOfRow4 = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("UJI-" + batchId + "-4")
        .singleResult();
    assertThat(caseOfRow4.getTenantId()).isEqualTo(AGENCY_A);
  }

  @Test
  void resubmittingWithTheSameKeyReturnsTheSameBatchAndCreatesNothing() throws Exception {
    // given a batch submitted and processed
    String key = UUID.randomUUID().toString();
    var first = submit(operatorOf(AGENCY_A), key, validRows(12));
    String batchId = body(first).get("id").asText();
    awaitCasesStarted(batchId);

    // when the client sends it again (e.g. after a timeout)
    var again = submit(operatorOf(AGENCY_A), key, validRows(12));

    // then
    assertThat(again.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(again).get("id").asText()).isEqualTo(batchId);
    assertThat(body(again).get("status").asText()).isEqualTo("SELESAI");
    assertThat(jdbc.queryForObject("select count(*) from batch where kunci_idempotensi = ?", Integer.class, key)).isEqualTo(1);
    assertThat(casesWithKeyPrefix(batchId)).isEqualTo(12);
  }

  @Test
  void refusesTheSameKeyWithAnotherBodyWithConflict() throws Exception {
    // given
    String key = UUID.randomUUID().toString();
    var first = submit(operatorOf(AGENCY_A), key, validRows(2));
    awaitCasesStarted(body(first).get("id").asText());

    // when
    var other = submit(operatorOf(AGENCY_A), key, validRows(3));

    // then
    assertThat(other.getResponse().getStatus()).isEqualTo(409);
    assertThat(body(other).get("code").asText()).isEqualTo("KUNCI_IDEMPOTENSI_BENTROK");
    assertThat(jdbc.queryForObject("select count(*) from batch where kunci_idempotensi = ?", Integer.class, key)).isEqualTo(1);
  }

  @Test
  void requiresAnIdempotencyKey() throws Exception {
    // when
    var result = submit(operatorOf(AGENCY_A), null, validRows(1));

    // then
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(result).at("/errors/0/code").asText()).isEqualTo("KUNCI_IDEMPOTENSI_WAJIB");
  }

  @Test
  void refusesAnEmptyBatch() throws Exception {
    var result = submit(operatorOf(AGENCY_A), UUID.randomUUID().toString(), List.of());

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(result).at("/errors/0/code").asText()).isEqualTo("BATCH_KOSONG");
  }

  @Test
  void acceptsCsvWithSemicolonsAsSpreadsheetsInIndonesiaWriteIt() throws Exception {
    // given a CSV export with ; separators, a quoted cell holding a ; and a byte-order mark
    String csv = "\uFEFFnip;pendidikanBaru;bidangPendidikan;perguruanTinggi;nomorIjazah;tanggalIjazah\r\n"
        + nip(AGENCY_A, 20) + ";S2;Hukum;\"Universitas Indonesia; Depok\";IJZ-20;2024-08-17\r\n"
        + nip(AGENCY_A, 21) + ";S3;Hukum;Universitas Gadjah Mada;IJZ-21;2024-08-17\r\n"
        + nip(AGENCY_A, 22) + ";X;Hukum;Universitas Gadjah Mada;IJZ-22;2024-08-17\r\n";

    // when
    var result = submitCsv(operatorOf(AGENCY_A), UUID.randomUUID().toString(), csv);

    // then
    assertThat(result.getResponse().getStatus()).isEqualTo(202);
    var receipt = body(result);
    String batchId = receipt.get("id").asText();
    assertThat(receipt.at("/jumlah/valid").asInt()).isEqualTo(2);
    assertThat(receipt.at("/penolakan/0/baris").asInt()).isEqualTo(3);
    awaitCasesStarted(batchId);
    var caseOfRow1 = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("UJI-" + batchId + "-1")
        .singleResult();
    assertThat(runtime.getVariable(caseOfRow1.getId(), "perguruanTinggi")).isEqualTo("Universitas Indonesia; Depok");
    assertThat(runtime.getVariable(caseOfRow1.getId(), "batchBaris")).isEqualTo(1);
  }
}
