package id.meritflow.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.mutasi.proses.MutasiProposals;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notifications of real cases through the running application: the outbox rows written with the
 * step, the digest, the SLA mails, and delivery to the demo profile's (real, in-process) SMTP server.
 */
@MeritFlowIntegrationTest
class NotifikasiKasusTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired PengirimNotifikasi pengirim;
  @Autowired PenyusunRingkasan ringkasan;
  @Autowired DemoSmtpServer smtp;
  @Autowired NotifikasiProperties properties;

  private MutasiProposals proposals;
  private static final Set<String> DIPAKAI = new java.util.HashSet<>();

  @BeforeEach
  void setUp() {
    proposals = new MutasiProposals(rest, jdbc);
    smtp.mulai();
  }

  @AfterEach
  void tearDown() {
    smtp.mulai();
    SuiteClock.reset();
  }

  @Test
  void newReviewTasksReachTheVerifiersInboxAtOnceAndTheirMailboxAsOneDigestWithALinkToEachTask() throws Exception {
    // given mail already due before this test sent (the demo's back-dated case DEMO-PP-0004 is in a digest
    // due at once), and three transfers that the assessment sends to BKN's verifier
    ringkasan.susunYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();
    List<String> kasus = new ArrayList<>();
    List<String> tugas = new ArrayList<>();
    for (String usulan : usulanPerluTinjauan(3)) {
      String id = mulai(usulan);
      kasus.add(id);
      tugas.add(EngineAwait.task(taskService, id, "Task_TinjauUsulan"));
    }

    // then each task is in the verifier's inbox at once, with the employee's name and a link to it
    for (int i = 0; i < 3; i++) {
      var inbox = jdbc.queryForMap("select * from notifikasi where task_id = ? and penerima = 'verifikator-bkn' "
          + "and kanal = 'KOTAK_MASUK'", tugas.get(i));
      assertThat(inbox.get("subjek").toString()).startsWith("Tugas baru: Tinjau usulan mutasi — ");
      assertThat(inbox.get("tautan").toString()).endsWith("/camunda/app/tasklist/default/#/?task=" + tugas.get(i));
      assertThat(inbox.get("status")).isEqualTo("TERKIRIM");
    }
    // and no one outside the case's agency is told (BKN's verifier and Kanreg serve every agency)
    assertThat(jdbc.queryForList("select distinct penerima from notifikasi where kasus_id in (?, ?, ?)", String.class,
        kasus.toArray())).allSatisfy(user -> assertThat(anggotaCimahi(user)).as(user).isTrue());

    // and no mail goes out before the digest interval has passed
    int sebelum = surelUntuk("verifikator-bkn@").size();
    ringkasan.susunYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();
    assertThat(surelUntuk("verifikator-bkn@")).hasSize(sebelum);

    // when the interval has passed
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.ringkasanInterval())
        .plusSeconds(1)));
    assertThat(ringkasan.susunYangJatuhTempo()).isPositive();
    pengirim.kirimYangJatuhTempo();

    // then the verifier gets one digest mail listing the three tasks, each with its link
    var baru = surelUntuk("verifikator-bkn@").subList(sebelum, surelUntuk("verifikator-bkn@").size());
    assertThat(baru).hasSize(1);
    String isi = (String) baru.get(0).getContent();
    assertThat(baru.get(0).getSubject()).endsWith("tugas baru menunggu Anda di MeritFlow");
    tugas.forEach(t -> assertThat(isi).contains("/camunda/app/tasklist/default/#/?task=" + t));
    assertThat(jdbc.queryForList("select status from notifikasi where kanal = 'EMAIL' and task_id in (?, ?, ?)",
        String.class, tugas.toArray())).containsOnly("DIGABUNG");
  }

  @Test
  void theEscalationTimerOnWorkingDayFiveMailsTheVerifierAndTheHeadOfTheRegionalOffice() throws Exception {
    String kasus = mulai(usulanPerluTinjauan(1).get(0));
    String tugas = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");

    // when the 5-working-day timer fires
    var timer = managementService.createJobQuery().processInstanceId(kasus).activityId("Timer_Eskalasi").singleResult();
    managementService.executeJob(timer.getId());
    pengirim.kirimYangJatuhTempo();

    // then the verifier and Kanreg's head are told by mail, with the link to the task
    for (String penerima : List.of("verifikator-bkn", "kanreg-bkn")) {
      var row = jdbc.queryForMap("select * from notifikasi where kasus_id = ? and jenis = 'ESKALASI_SLA' "
          + "and kanal = 'EMAIL' and penerima = ?", kasus, penerima);
      assertThat(row.get("status")).as(penerima).isEqualTo("TERKIRIM");
      var surel = surelDenganId(row.get("id").toString());
      assertThat(surel.getSubject()).startsWith("Eskalasi: Tinjau usulan mutasi — ");
      assertThat((String) surel.getContent()).contains("/camunda/app/tasklist/default/#/?task=" + tugas)
          .contains("hari kerja ke-6");
    }
  }

  @Test
  void anSmtpOutageDelaysTheMailsWithBackoffAndLosesNone() throws Exception {
    String kasus = mulai(usulanPerluTinjauan(1).get(0));
    EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");

    // given the SMTP server is down when the reminder of working day 3 is written
    smtp.berhenti();
    var timer = managementService.createJobQuery().processInstanceId(kasus).activityId("Timer_Pengingat").singleResult();
    managementService.executeJob(timer.getId());
    String id = jdbc.queryForObject("select id from notifikasi where kasus_id = ? and jenis = 'PENGINGAT_SLA' "
        + "and kanal = 'EMAIL' and penerima = 'verifikator-bkn'", String.class, kasus);

    // when the job tries, the server refuses: the row waits with its error, the case is untouched
    pengirim.kirimYangJatuhTempo();
    var row = jdbc.queryForMap("select * from notifikasi where id = ?", id);
    assertThat(row.get("status")).isEqualTo("MENUNGGU");
    assertThat(row.get("percobaan")).isEqualTo(1);
    assertThat(row.get("galat_terakhir").toString()).isNotBlank();
    assertThat(taskService.createTaskQuery().processInstanceId(kasus).taskDefinitionKey("Task_TinjauUsulan").count())
        .isEqualTo(1);

    // and it is not tried again before its backoff has passed, then again (doubled wait) while still down
    pengirim.kirimYangJatuhTempo();
    assertThat(jdbc.queryForObject("select percobaan from notifikasi where id = ?", Integer.class, id)).isEqualTo(1);
    maju(Duration.ofMinutes(1).plusSeconds(5));
    pengirim.kirimYangJatuhTempo();
    assertThat(jdbc.queryForObject("select percobaan from notifikasi where id = ?", Integer.class, id)).isEqualTo(2);

    // when the server is back and the backoff has passed, the mail goes out exactly once
    smtp.mulai();
    maju(Duration.ofMinutes(2).plusSeconds(5));
    pengirim.kirimYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();
    assertThat(jdbc.queryForObject("select status from notifikasi where id = ?", String.class, id)).isEqualTo("TERKIRIM");
    assertThat(smtp.surel().stream().filter(m -> id.equals(header(m)))).hasSize(1);
  }

  @Test
  void onWorkingDaySixTheApproverAndTheirSuperiorLearnThatTheStepWasApprovedAutomatically() throws Exception {
    String kasus = mulai(usulanPerluTinjauan(1).get(0));
    EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    for (String timer : List.of("Timer_Eskalasi", "Timer_PersetujuanOtomatis")) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(kasus).activityId(timer)
          .singleResult().getId());
    }
    var penerima = jdbc.queryForList("select penerima from notifikasi where kasus_id = ? and jenis = 'PERSETUJUAN_OTOMATIS' "
        + "and kanal = 'EMAIL'", String.class, kasus);
    assertThat(penerima).containsExactlyInAnyOrder("verifikator-bkn", "kanreg-bkn");
    assertThat(jdbc.queryForObject("select isi from notifikasi where kasus_id = ? and jenis = 'PERSETUJUAN_OTOMATIS' "
        + "and penerima = 'kanreg-bkn' and kanal = 'EMAIL'", String.class, kasus)).contains("disetujui otomatis");
  }

  @Test
  void aDecidedTransferTellsItsProposerAndItsSignedSkTellsTheAgencysPpkButNoOtherAgency() throws Exception {
    String usulan = proposals.cleanInCimahi("PELAKSANA").orElseThrow();
    String kasus = mulai(usulan);
    EngineAwait.ended(runtimeService, kasus);

    var rows = jdbc.queryForList("select penerima, jenis, subjek, tautan from notifikasi where kasus_id = ? "
        + "and kanal = 'KOTAK_MASUK'", kasus);
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("penerima")).isEqualTo("operator-cimahi");
      assertThat(r.get("jenis")).isEqualTo("KASUS_DIPUTUS");
      assertThat(r.get("subjek").toString()).endsWith(": mutasi selesai");
      assertThat(r.get("tautan").toString()).endsWith("/usulan-saya");
    });
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("penerima")).isEqualTo("ppk-cimahi");
      assertThat(r.get("jenis")).isEqualTo("SK_DITANDATANGANI");
      assertThat(r.get("subjek").toString()).startsWith("SK ").endsWith(" telah ditandatangani");
    });
    assertThat(rows).extracting(r -> r.get("penerima")).doesNotContain("ppk-jabar", "operator-jabar", "ppk-kemenpanrb");
  }

  @Test
  void theEmployeeLearnsOfTheirSignedSkAndNoOneElsesInTheirInbox() throws Exception {
    // the demo start signs Dewi's last promotion SK (DEMO-SK-0001)
    JsonNode dewi = JSON.readTree(rest.withBasicAuth("pegawai-dewi", "demo")
        .getForEntity("/api/notifikasi?size=100", String.class).getBody());
    assertThat(dewi.get("notifikasi").findValuesAsText("jenis")).contains("SK_DITANDATANGANI");
    assertThat(dewi.get("notifikasi").findValuesAsText("tautan")).allSatisfy(t -> assertThat(t).endsWith("/layanan"));
    JsonNode budi = JSON.readTree(rest.withBasicAuth("pegawai-budi", "demo")
        .getForEntity("/api/notifikasi?size=100", String.class).getBody());
    assertThat(budi.get("notifikasi").toString()).doesNotContain("Dewi");
  }

  @Test
  void theInboxIsTheCallersOwnAndCanBeMarkedRead() throws Exception {
    String kasus = mulai(usulanPerluTinjauan(1).get(0));
    String tugas = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    String id = jdbc.queryForObject("select id from notifikasi where task_id = ? and penerima = 'verifikator-bkn' "
        + "and kanal = 'KOTAK_MASUK'", String.class, tugas);

    JsonNode inbox = JSON.readTree(rest.withBasicAuth("verifikator-bkn", "demo")
        .getForEntity("/api/notifikasi?belumDibaca=true&size=100", String.class).getBody());
    assertThat(inbox.get("belumDibaca").asInt()).isPositive();
    assertThat(inbox.get("notifikasi").findValuesAsText("id")).contains(id);

    // another user cannot read or mark it
    assertThat(rest.withBasicAuth("operator-jabar", "demo").postForEntity("/api/notifikasi/" + id + "/dibaca", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("operator-jabar", "demo").getForEntity("/api/notifikasi?size=100", String.class)
        .getBody()).doesNotContain(id);

    var dibaca = rest.withBasicAuth("verifikator-bkn", "demo").postForEntity("/api/notifikasi/" + id + "/dibaca", null,
        String.class);
    assertThat(dibaca.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(dibaca.getBody()).get("dibacaPada").isNull()).isFalse();

    // and the outbox is the administrator's to read, no one else's
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/admin/notifikasi?kasusId=" + kasus, String.class)
        .getBody()).contains(id);
    assertThat(rest.withBasicAuth("verifikator-bkn", "demo").getForEntity("/api/admin/notifikasi", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/admin/notifikasi?status=BUKAN", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private List<String> usulanPerluTinjauan(int jumlah) throws Exception {
    synchronized (DIPAKAI) {
      var hasil = proposals.needingReviewInCimahi("PELAKSANA", jumlah, DIPAKAI);
      assertThat(hasil).as("transfers needing review in the demo registry").hasSize(jumlah);
      for (String u : hasil) {
        DIPAKAI.add(JSON.readTree(u).get("nip").asText());
      }
      return hasil;
    }
  }

  private String mulai(String usulan) throws Exception {
    var created = proposals.post("operator-cimahi", "/api/mutasi", usulan);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(created.getBody()).get("id").asText();
  }

  private boolean anggotaCimahi(String userId) {
    return jdbc.queryForObject("""
        select count(*) from ACT_ID_TENANT_MEMBER where TENANT_ID_ = 'cimahi'
        and (USER_ID_ = ? or GROUP_ID_ in (select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?))""",
        Integer.class, userId, userId) > 0;
  }

  private List<MimeMessage> surelUntuk(String awalan) {
    return smtp.surel().stream().filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().startsWith(awalan);
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  private MimeMessage surelDenganId(String id) {
    return smtp.surel().stream().filter(m -> id.equals(header(m))).findFirst()
        .orElseThrow(() -> new AssertionError("no mail for notification " + id));
  }

  private static String header(MimeMessage m) {
    try {
      String[] h = m.getHeader("X-MeritFlow-Notifikasi");
      return h == null ? null : h[0];
    } catch (Exception e) {
      return null;
    }
  }

  private static void maju(Duration d) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(d)));
  }
}
