package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A mutation programme (program mutasi) submitted as a batch: each valid row becomes its own mutasi case. */
@MeritFlowIntegrationTest
class ProgramMutasiBatchEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  @Test
  void validRowsBecomeMutasiCasesInvalidRowsAreRefusedWithTheirRowNumberAndResubmittingCreatesNothing()
      throws Exception {
    // given a programme of three rows: a clean transfer, a malformed NIP, and another agency's employee
    JsonNode clean = JSON.readTree(new MutasiProposals(rest, jdbc).cleanInCimahi("PELAKSANA").orElseThrow());
    ArrayNode rows = JSON.createArrayNode();
    rows.add(row(clean, clean.get("nip").asText()));
    rows.add(row(clean, "12345"));
    rows.add(row(clean, DemoPegawai.SARI_NIP));
    String key = "program-mutasi-" + UUID.randomUUID();

    // when the operator submits it
    ResponseEntity<String> submitted = submit(key, rows.toString());

    // then rows 2 and 3 are refused with reasons, and row 1 is accepted
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode receipt = JSON.readTree(submitted.getBody());
    assertThat(receipt.get("penolakan").findValuesAsText("baris")).containsExactly("2", "3");
    assertThat(receipt.get("penolakan").get(0).get("errors").findValuesAsText("field")).contains("nip");
    assertThat(receipt.at("/jumlah/valid").asInt()).isEqualTo(1);

    // and the accepted row becomes one mutasi case
    String batchId = receipt.get("id").asText();
    awaitStarted(batchId, 1);
    var kasus = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("mutasi")
        .processInstanceBusinessKeyLike("MUT-B" + batchId + "%").list();
    assertThat(kasus).hasSize(1);
    // the case is a real transfer: let it finish, so other tests never pick its (still vacant) post
    EngineAwait.ended(runtimeService, kasus.get(0).getId());

    // when the same programme is submitted again with the same key, nothing new is created
    ResponseEntity<String> again = submit(key, rows.toString());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(again.getBody()).get("id").asText()).isEqualTo(batchId);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("mutasi")
        .processInstanceBusinessKeyLike("MUT-B" + batchId + "%").count()).isEqualTo(1);
  }

  private static ObjectNode row(JsonNode proposal, String nip) {
    ObjectNode row = ((ObjectNode) proposal.deepCopy());
    row.put("nip", nip);
    row.put("alasanKategori", proposal.at("/alasan/kategori").asText());
    row.put("alasanUraian", proposal.at("/alasan/uraian").asText());
    row.remove("alasan");
    return row;
  }

  private ResponseEntity<String> submit(String key, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add("Idempotency-Key", key);
    return rest.withBasicAuth("operator-cimahi", "demo")
        .exchange("/api/batch/MUTASI", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private void awaitStarted(String batchId, int expected) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode view = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo")
          .getForEntity("/api/batch/" + batchId, String.class).getBody());
      if (view.at("/jumlah/dimulai").asInt() >= expected) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("batch " + batchId + " did not start " + expected + " case(s) in 30 s");
  }
}
