package id.meritflow.platform.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.Map;
import java.util.UUID;
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

/**
 * The engine REST API's answers to two refusals Camunda reports as 500 by itself: another agency's
 * task (403) and a "Tinjau usulan mutasi" completed with variables it cannot take (400 naming the
 * variable). Either way the task stays open.
 */
@MeritFlowIntegrationTest
class PenolakanEngineRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void anotherAgencysPpkCompletingAPpkTaskIsRefused403AndTheTaskStaysOpen() throws Exception {
    // given an SK waiting for Jawa Barat's PPK (a disciplinary decision on its JPT madya)
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.instansi_id = 'jabar' and j.jenis = 'JPT_MADYA' order by p.nip fetch first 1 rows only""", String.class);
    String kasus = runtimeService.startProcessInstanceByKey("penandatanganan-sk", "SK-UJI-" + UUID.randomUUID(),
        Map.of("nip", nip, "jenisKeputusan", "DISIPLIN", "tmt", "2026-12-01",
            "tingkatHukuman", "SEDANG", "hukuman", "Pemotongan tunjangan kinerja 25% selama 6 bulan",
            "pelanggaran", "Tidak masuk kerja tanpa alasan sah")).getId();
    kasusUji.add(kasus);
    String task = awaitTask(kasus);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getTenantId()).isEqualTo("jabar");

    // when Cimahi's PPK, who holds the PPK role but not Jawa Barat's tenant, completes it
    var foreign = post("ppk-cimahi", "/engine-rest/task/" + task + "/complete", "{}");

    // then the answer is 403 as for any refused grant, without the task's data, and the task is open
    assertThat(foreign.getStatusCode()).as(foreign.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode body = JSON.readTree(foreign.getBody());
    assertThat(body.get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(body.get("code").asText()).isEqualTo("INSTANSI_LAIN");
    assertThat(foreign.getBody()).doesNotContain(nip).doesNotContain(task);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    runtimeService.deleteProcessInstance(kasus, "test selesai");
  }

  @Test
  void aTransferReviewCompletedWithVariablesItCannotTakeIsRefused400NamingTheVariable() throws Exception {
    // given a transfer waiting for BKN's verifier, claimed by the verifier
    String kasus = transferNeedingReview();
    kasusUji.add(kasus);
    String task = id.meritflow.support.EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    assertThat(post("verifikator-bkn", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"verifikator-bkn\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // when it is completed without a decision, with a number, an unknown decision, or a note that is no text
    record Salah(String variables, String field, String code) {}
    var cases = java.util.List.of(
        new Salah("{}", "keputusanTinjauan", "WAJIB_DIISI"),
        new Salah("{\"keputusanTinjauan\":{\"value\":42,\"type\":\"Integer\"}}", "keputusanTinjauan", "NILAI_TIDAK_DIKENAL"),
        new Salah("{\"keputusanTinjauan\":{\"value\":\"MUNGKIN\",\"type\":\"String\"}}", "keputusanTinjauan",
            "NILAI_TIDAK_DIKENAL"),
        new Salah("{\"keputusanTinjauan\":{\"value\":\"SETUJU\",\"type\":\"String\"},"
            + "\"catatanTinjauan\":{\"value\":true,\"type\":\"Boolean\"}}", "catatanTinjauan", "TIPE_TIDAK_VALID"));
    for (Salah salah : cases) {
      var answer = post("verifikator-bkn", "/engine-rest/task/" + task + "/complete",
          "{\"variables\":" + salah.variables() + "}");

      // then each is refused 400 naming the variable, and the task stays open with nothing of it kept
      assertThat(answer.getStatusCode()).as(salah.variables() + " -> " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode body = JSON.readTree(answer.getBody());
      assertThat(body.get("field").asText()).isEqualTo(salah.field());
      assertThat(body.get("code").asText()).isEqualTo(salah.code());
      assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
      assertThat(runtimeService.getVariable(kasus, "keputusanTinjauan")).isNull();
    }

    // and a proper decision completes it
    var tolak = post("verifikator-bkn", "/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"keputusanTinjauan\":{\"value\":\"TOLAK\"},\"catatanTinjauan\":{\"value\":\"Uji\"}}}");
    assertThat(tolak.getStatusCode()).as(tolak.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_DitolakVerifikator");
  }

  @Test
  void aTaskSubmittedWithoutTheDecisionItsGatewayReadsIsRefused400NamingTheVariable() throws Exception {
    // given an education update waiting for BKN's verifier
    String kasus = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-UJI-" + UUID.randomUUID(),
        Map.of("nip", DemoPegawai.BUDI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Manajemen",
            "perguruanTinggi", "ITB", "nomorIjazah", "ITB/9", "tanggalIjazah", "2024-01-10")).getId();
    kasusUji.add(kasus);
    String task = taskService.createTaskQuery().processInstanceId(kasus).singleResult().getId();

    // when the verifier submits its form without the decision
    var answer = post("verifikator-bkn", "/engine-rest/task/" + task + "/submit-form", "{\"variables\":{}}");

    // then it is 400 naming the decision, not 500, and the task is still open
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = JSON.readTree(answer.getBody());
    assertThat(body.get("field").asText()).isEqualTo("keputusanVerifikasi");
    assertThat(body.get("code").asText()).isEqualTo("VARIABEL_WAJIB");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    runtimeService.deleteProcessInstance(kasus, "test selesai");
  }

  private final java.util.List<String> kasusUji = new java.util.ArrayList<>();

  /** The outbox rows of this test's cases (verifier's digest) are not mailed later, into another test. */
  @org.junit.jupiter.api.AfterEach
  void hapusKotakKeluarKasusUji() {
    kasusUji.forEach(id -> jdbc.update("delete from notifikasi where kasus_id = ?", id));
  }

  private String transferNeedingReview() throws Exception {
    var proposals = new id.meritflow.mutasi.proses.MutasiProposals(rest, jdbc);
    for (String proposal : proposals.needingReviewInCimahi("PELAKSANA", 3, java.util.Set.of())) {
      var created = proposals.post("operator-cimahi", "/api/mutasi", proposal);
      if (created.getStatusCode() == HttpStatus.CREATED) {
        return JSON.readTree(created.getBody()).get("id").asText();
      }
    }
    throw new AssertionError("no transfer needing review could be proposed in the demo registry");
  }

  private String awaitTask(String kasus) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      var task = taskService.createTaskQuery().processInstanceId(kasus).list().stream().findFirst();
      if (task.isPresent()) {
        return task.get().getId();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no task in " + kasus);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
