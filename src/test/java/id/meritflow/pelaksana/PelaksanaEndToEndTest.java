package id.meritflow.pelaksana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.mutasi.proses.MutasiProposals;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
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

/** Acting officials through the running demo application: the API, the engine, the forms' variable, the trail. */
@MeritFlowIntegrationTest
class PelaksanaEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired RekonsiliasiPelimpahan rekonsiliasi;

  private final List<String[]> absences = new ArrayList<>();
  private final List<String> cases = new ArrayList<>();

  @AfterEach
  void endAbsencesAndCases() {
    absences.forEach(a -> post(a[1], "/api/ketidakhadiran/" + a[0] + "/akhiri", ""));
    absences.clear();
    cases.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtime.deleteProcessInstance(id, "uji selesai"));
    cases.clear();
  }

  @Test
  void plhCompletesADelegatedMutasiReviewAndTheTrailSaysSoWithTheSlaDueDateUnchanged() throws Exception {
    // given a transfer waiting for BKN's verifier
    String kasus = mutasiWaitingForReview();
    String review = tasks.createTaskQuery().processInstanceId(kasus).taskDefinitionKey("Task_TinjauUsulan")
        .singleResult().getId();
    var due = tasks.createTaskQuery().taskId(review).singleResult().getDueDate();
    assertThat(post("analis-bkn", "/engine-rest/task/" + review + "/claim", "{\"userId\":\"analis-bkn\"}").getStatusCode())
        .as("not yet the analyst's").isNotEqualTo(HttpStatus.NO_CONTENT);

    // when the verifier records an absence with the analyst as Plh
    record("verifikator-bkn", "verifikator-bkn", "analis-bkn", today(), today().plusDays(4));

    // then the waiting review goes to the analyst at once, its due date (the SLA) unchanged
    assertThat(candidateUsers(review)).contains("analis-bkn");
    assertThat(tasks.createTaskQuery().taskId(review).singleResult().getDueDate()).isEqualTo(due);
    assertThat((String) tasks.getVariableLocal(review, Tugas.INFO)).contains("sebagai Plh Verifikator BKN");
    // and the analyst learns of it in their inbox, like of a new task, with the link to it
    assertThat(jdbc.queryForList("select tautan from notifikasi where task_id = ? and penerima = 'analis-bkn' "
        + "and jenis = 'TUGAS_BARU' and kanal = 'KOTAK_MASUK'", String.class, review))
        .singleElement().asString().endsWith("#/?task=" + review);

    // and the analyst claims and decides it through Tasklist's API
    assertThat(post("analis-bkn", "/engine-rest/task/" + review + "/claim", "{\"userId\":\"analis-bkn\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("analis-bkn", "/engine-rest/task/" + review + "/complete",
        "{\"variables\":{\"keputusanTinjauan\":{\"value\":\"TOLAK\",\"type\":\"String\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    EngineAwait.ended(runtime, kasus);

    // and the audit trail names the capacity
    JsonNode jejak = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForEntity("/api/jejak/kasus/" + kasus, String.class).getBody());
    assertThat(jejak.findValuesAsText("uraian")).anySatisfy(u ->
        assertThat(u).contains("diselesaikan oleh analis-bkn sebagai Plh Verifikator BKN (verifikator-bkn)"));
    assertThat(jejak.findValuesAsText("pelaku")).contains("analis-bkn");
  }

  @Test
  void plhCannotSignAMutasiSkReservedByTheRegulationAndTheTaskSaysWhy() throws Exception {
    // given the President's signing office is away with the analyst as Plh
    record("setneg", "setneg", "analis-bkn", today(), today().plusDays(2));

    // when a JPT madya's transfer SK reaches the signing step
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.instansi_id = 'jabar' and j.jenis = 'JPT_MADYA' order by p.nip fetch first 1 rows only""", String.class);
    String jabatan = jdbc.queryForObject("select jabatan_id from pegawai where nip = ?", String.class, nip);
    String sk = runtime.startProcessInstanceByKey("penandatanganan-sk", "SK-PLH-" + UUID.randomUUID(), Map.of(
        "nip", nip, "jenisKeputusan", "MUTASI", "tmt", today().plusMonths(1).toString(), "jabatanSasaranId", jabatan)).getId();
    cases.add(sk);
    String sign = EngineAwait.task(tasks, sk, "Task_Tandatangani");

    // then it stays with the President's group, the analyst only reads it, and the task says why
    assertThat(tasks.getIdentityLinksForTask(sign)).extracting(IdentityLink::getGroupId).contains("presiden");
    assertThat(candidateUsers(sign)).doesNotContain("analis-bkn");
    assertThat((String) tasks.getVariableLocal(sign, Tugas.INFO)).contains("tidak dilimpahkan", "1/SE/I/2021");
    assertThat(rest.withBasicAuth("analis-bkn", "demo").getForEntity("/engine-rest/task/" + sign, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("analis-bkn", "/engine-rest/task/" + sign + "/claim", "{\"userId\":\"analis-bkn\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("analis-bkn", "/engine-rest/task/" + sign + "/complete",
        "{\"variables\":{\"keputusanPenandatangan\":{\"value\":\"TANDATANGANI\",\"type\":\"String\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(sign).count()).isOne();
  }

  @Test
  void taskCreatedDuringTheAbsenceIsDelegatedEndingRestoresItAndALaterTaskIsNot() {
    // given the verifier is away with the analyst as Plh
    String id = record("verifikator-bkn", "verifikator-bkn", "analis-bkn", today(), today());

    // when a verification task is created during the absence, it is the analyst's at once, and told to them
    String first = verificationTask();
    assertThat(candidateUsers(first)).contains("analis-bkn");
    assertThat(jdbc.queryForObject("select count(*) from notifikasi where task_id = ? and penerima = 'analis-bkn' "
        + "and jenis = 'TUGAS_BARU' and kanal = 'KOTAK_MASUK'", Integer.class, first)).isOne();

    // when the absence is ended early
    ResponseEntity<String> ended = post("verifikator-bkn", "/api/ketidakhadiran/" + id + "/akhiri", "");
    assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.OK);
    absences.clear();

    // then the task is back with the verifiers only: no link, no grant, no explanation
    assertThat(candidateUsers(first)).doesNotContain("analis-bkn");
    assertThat(authorizations.createAuthorizationQuery().userIdIn("analis-bkn").resourceType(Resources.TASK)
        .resourceId(first).count()).isZero();
    assertThat(tasks.getVariableLocal(first, Tugas.INFO)).isNull();
    assertThat(post("analis-bkn", "/engine-rest/task/" + first + "/claim", "{\"userId\":\"analis-bkn\"}").getStatusCode())
        .isNotEqualTo(HttpStatus.NO_CONTENT);

    // and a task created afterwards is not delegated
    String later = verificationTask();
    assertThat(candidateUsers(later)).doesNotContain("analis-bkn");
  }

  @Test
  void absenceRecordedForTomorrowBeginsAndEndsByTheDateAtTheReconciliation() {
    // given a verification task waiting, and the verifier's absence recorded for tomorrow only
    String task = verificationTask();
    record("verifikator-bkn", "verifikator-bkn", "analis-bkn", today().plusDays(1), today().plusDays(1));
    assertThat(candidateUsers(task)).doesNotContain("analis-bkn");
    var due = tasks.createTaskQuery().taskId(task).singleResult().getDueDate();
    try {
      // when tomorrow comes, the periodic pass gives the task to the Plh, due date untouched
      ClockUtil.setCurrentTime(java.util.Date.from(SuiteClock.clock().instant().plus(java.time.Duration.ofDays(1))));
      rekonsiliasi.jalankan();
      assertThat(candidateUsers(task)).contains("analis-bkn");
      assertThat(tasks.createTaskQuery().taskId(task).singleResult().getDueDate()).isEqualTo(due);

      // and the day after, it takes the task back
      ClockUtil.setCurrentTime(java.util.Date.from(SuiteClock.clock().instant().plus(java.time.Duration.ofDays(1))));
      rekonsiliasi.jalankan();
      assertThat(candidateUsers(task)).doesNotContain("analis-bkn");
      assertThat(tasks.getVariableLocal(task, Tugas.INFO)).isNull();
    } finally {
      SuiteClock.reset();
    }
  }

  private String mutasiWaitingForReview() throws Exception {
    MutasiProposals proposals = new MutasiProposals(rest, jdbc);
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow();
    LocalDate before = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    try {
      // two months after the mayor's inauguration (POL-162-3): the move waits for BKN's review
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", today().minusMonths(2));
      String kasus = JSON.readTree(proposals.post("operator-cimahi", "/api/mutasi", proposal).getBody()).get("id").asText();
      cases.add(kasus);
      tasks.complete(EngineAwait.task(tasks, kasus, "Task_CatatDokumen"), Map.of("kodeAturan", "POL-162-3",
          "nomor", "100.2.2.6/1234/OTDA", "tanggal", today().toString(), "penerbit", "Menteri Dalam Negeri"));
      EngineAwait.task(tasks, kasus, "Task_TinjauUsulan");
      return kasus;
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", before);
    }
  }

  private String verificationTask() {
    String kasus = runtime.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-PLH-" + UUID.randomUUID(),
        Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik",
            "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/" + UUID.randomUUID(),
            "tanggalIjazah", "2025-02-01")).getId();
    cases.add(kasus);
    return EngineAwait.task(tasks, kasus, "Task_VerifikasiUsulan");
  }

  private String record(String as, String pejabat, String pelaksana, LocalDate mulai, LocalDate selesai) {
    ResponseEntity<String> created = post(as, "/api/ketidakhadiran", """
        {"pejabat":"%s","pelaksana":"%s","jenis":"PLH","mulai":"%s","selesai":"%s","alasan":"Cuti tahunan"}"""
        .formatted(pejabat, pelaksana, mulai, selesai));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      String id = JSON.readTree(created.getBody()).get("id").asText();
      absences.add(new String[] {id, as});
      return id;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<String> candidateUsers(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getUserId).filter(u -> u != null).toList();
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static LocalDate today() {
    return SuiteClock.hariIni();
  }
}
