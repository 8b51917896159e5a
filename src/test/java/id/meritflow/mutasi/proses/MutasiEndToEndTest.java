package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.VerifikasiSkService;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/** Transfers through the running application: the API call, the engine, the signing and the registry. */
@MeritFlowIntegrationTest
class MutasiEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired PenandatangananService penandatanganan;
  @Autowired VerifikasiSkService verifikasi;

  private MutasiProposals proposals;

  @org.junit.jupiter.api.BeforeEach
  void proposals() {
    proposals = new MutasiProposals(rest, jdbc);
  }

  @Test
  void cleanTransferOfAnEselonIIIOfficialEndsWithASignedVerifiableSkAndNoHumanTask() throws Exception {
    // given an eselon III official of Kota Cimahi whom the rules and the assessment both clear
    String proposal = proposals.cleanEselonIIIInCimahi().orElseThrow(() ->
        new AssertionError("the demo registry has no clean eselon III transfer in Cimahi"));
    String nip = JSON.readTree(proposal).get("nip").asText();
    String target = JSON.readTree(proposal).get("jabatanTujuanId").asText();

    // when the agency's operator proposes it through the API
    ResponseEntity<String> created = proposals.post("operator-cimahi", "/api/mutasi", proposal);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String kasus = JSON.readTree(created.getBody()).get("id").asText();

    // then the case runs to its end with no human task, in the case or its signing sub-process
    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_MutasiSelesai");
    assertThat(historyService.createHistoricTaskInstanceQuery().rootProcessInstanceId(kasus).count()).isZero();

    // and the SK is signed by delegation and verifiable, and the registry shows the new position
    String nomor = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("nomorSk").singleResult().getValue();
    var sk = penandatanganan.findByNomor(nomor).orElseThrow();
    assertThat(sk.mode().name()).isEqualTo("DELEGASI");
    assertThat(verifikasi.periksa(penandatanganan.pdf(nomor).orElseThrow()).sah()).isTrue();
    assertThat(jdbc.queryForObject("select jabatan_id from pegawai where nip = ?", String.class, nip)).isEqualTo(target);

    // and the audit trail shows every step with who, when and why, to the agency only
    JsonNode jejak = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForEntity("/api/jejak/kasus/" + kasus, String.class).getBody());
    assertThat(jejak.findValuesAsText("jenis")).containsSubsequence("PEMERIKSAAN", "PERTEK", "TANDA_TANGAN",
        "PERUBAHAN_JABATAN");
    assertThat(jejak.findValuesAsText("pelaku")).containsOnly("sistem");
    assertThat(jejak.get(0).get("waktu").isNull()).isFalse();
    assertThat(rest.withBasicAuth("operator-jabar", "demo").getForEntity("/api/jejak/kasus/" + kasus, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void transferWithinSixMonthsOfTheRegionalHeadsInaugurationWaitsForTheMendagrisApproval() throws Exception {
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow();
    LocalDate before = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    try {
      // given Cimahi's mayor was inaugurated two months ago (POL-162-3)
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", today().minusMonths(2));
      String kasus = JSON.readTree(proposals.post("operator-cimahi", "/api/mutasi", proposal).getBody()).get("id").asText();

      // then the case waits for the operator to record the Mendagri's written approval
      String task = EngineAwait.task(taskService, kasus, "Task_CatatDokumen");
      assertThat(runtimeService.getVariable(kasus, "perluPersetujuan").toString()).contains("POL-162-3");

      // when it is recorded, the checks run again and pass; the politically timed move goes to BKN's verifier
      taskService.complete(task, Map.of("kodeAturan", "POL-162-3", "nomor", "100.2.2.6/1234/OTDA",
          "tanggal", today().toString(), "penerbit", "Menteri Dalam Negeri"));
      String review = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
      assertThat(runtimeService.getVariable(kasus, "kesimpulanPemeriksaan")).isEqualTo("LULUS");
      assertThat(runtimeService.getVariable(kasus, "risikoMutasi").toString()).contains("POLITIK");

      // and once the verifier agrees, the case proceeds to the end
      taskService.setAssignee(review, "verifikator-bkn");
      taskService.complete(review, Map.of("keputusanTinjauan", "SETUJU", "catatanTinjauan", "Persetujuan Mendagri ada"));
      EngineAwait.ended(runtimeService, kasus);
      JsonNode jejak = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo")
          .getForEntity("/api/jejak/kasus/" + kasus, String.class).getBody());
      assertThat(jejak.findValuesAsText("jenis")).contains("DOKUMEN_PERSETUJUAN", "KEPUTUSAN");
      assertThat(jejak.findValuesAsText("pelaku")).contains("verifikator-bkn");
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
          .getEndActivityId()).isEqualTo("End_MutasiSelesai");
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", before);
    }
  }

  @Test
  void anotherAgencysOperatorCannotProposeOrSeeCimahisTransfers() throws Exception {
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow();

    assertThat(proposals.post("operator-jabar", "/api/mutasi", proposal).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode created = JSON.readTree(proposals.post("operator-cimahi", "/api/mutasi", proposal).getBody());
    assertThat(rest.withBasicAuth("operator-jabar", "demo")
        .getForEntity("/api/mutasi/" + created.get("businessKey").asText(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // a real transfer runs: let it finish, so other tests never pick its (still vacant) post
    EngineAwait.ended(runtimeService, created.get("id").asText());
  }



  private static LocalDate today() {
    return id.meritflow.support.SuiteClock.hariIni();
  }
}
