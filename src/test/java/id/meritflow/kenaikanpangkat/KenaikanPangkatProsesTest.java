package id.meritflow.kenaikanpangkat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.sql.Date;
import java.time.YearMonth;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** One proposal at a time through the whole kenaikan-pangkat process, on the demo registry. */
@MeritFlowIntegrationTest
class KenaikanPangkatProsesTest {

  /** The 1,000-row period test uses the first open period; these cases use the second. */
  private static final YearMonth PERIODE = KpTestSupport.periodeTerbuka(1);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  private KpTestSupport kp;

  @BeforeEach
  void setUp() {
    kp = new KpTestSupport(rest, jdbc, management);
  }

  @Test
  void cleanProposalWithTheTmtAheadIsSignedWithoutAHumanTaskAndTheRankHistoryGrowsWhenTheTimerFires() throws Exception {
    var calon = kp.cari("cimahi", "REGULER", PERIODE, h -> h.kesimpulan().equals("LULUS") && !h.keppres()).orElseThrow();

    String batchId = submitOne("operator-cimahi", calon.nip(), "REGULER");

    String bk = "KP-" + PERIODE + "-" + calon.nip();
    JsonNode usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("kesimpulan").asText()).isEqualTo("LULUS");
    assertThat(usulan.get("status").asText()).isEqualTo("SK_TERBIT");
    assertThat(usulan.get("batchId").asText()).isEqualTo(batchId);
    assertThat(usulan.get("nomorSk").asText()).isNotBlank();
    assertThat(usulan.get("hasil").findValuesAsText("kode")).containsExactly("KP-PERIODE", "KP-MASA-PANGKAT",
        "KP-KINERJA", "KP-BATAS-PENDIDIKAN", "KP-UJIAN-DINAS", "KP-PUNCAK", "KP-DISIPLIN", "KP-KEPPRES");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(bk).count()).isZero();

    // the case waits for the TMT on a timer due that day
    String pid = usulan.get("processInstanceId").asText();
    var timer = management.createJobQuery().processInstanceId(pid).timers().singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf(PERIODE.atDay(1).atStartOfDay()));
    assertThat(riwayat(calon.nip(), calon.golonganTujuan())).isZero();

    // while it waits, the employee cannot be proposed again for another period
    var lagi = kp.submit("operator-cimahi", "kp-lagi-" + UUID.randomUUID(),
        "[" + KpTestSupport.row(calon.nip(), "REGULER", PERIODE.plusMonths(1)) + "]", MediaType.APPLICATION_JSON);
    assertThat(KpTestSupport.JSON.readTree(lagi.getBody()).get("penolakan").findValuesAsText("code"))
        .containsExactly("USULAN_KP_MASIH_BERJALAN");

    // when the TMT comes (fired by hand)
    management.executeJob(timer.getId());
    kp.awaitIdle(60);

    // then the rank history holds the new rank with the SK's number, and the case has ended
    assertThat(jdbc.queryForObject("select count(*) from riwayat_pangkat where nip = ? and golongan = ? and tmt = ? and nomor_sk = ?",
        Integer.class, calon.nip(), calon.golonganTujuan(), Date.valueOf(PERIODE.atDay(1)), usulan.get("nomorSk").asText()))
        .isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    assertThat(kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk).get("status").asText()).isEqualTo("SELESAI");
  }


  @Test
  void keppresProposalIsSignedDirectlyByThePresidentsSigner() throws Exception {
    var calon = keppresCandidate();
    String operator = "operator-" + jdbc.queryForObject("select instansi_id from pegawai where nip = ?", String.class, calon.nip());

    submitOne(operator, calon.nip(), calon.jenis());

    String bk = "KP-" + PERIODE + "-" + calon.nip();
    JsonNode usulan = kp.get(operator, "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("rute").asText()).isEqualTo("KEPPRES");
    assertThat(usulan.get("status").asText()).isEqualTo("MENUNGGU_TANDA_TANGAN");
    var task = tasks.createTaskQuery().processInstanceBusinessKey(bk).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Tandatangani");
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("presiden"));

    tasks.claim(task.getId(), "setneg");
    tasks.complete(task.getId(), java.util.Map.of("keputusanPenandatangan", "TANDATANGANI"));
    kp.awaitIdle(60);
    usulan = kp.get(operator, "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("SK_TERBIT");
    assertThat(usulan.get("nomorSk").asText()).isNotBlank();
  }

  @Test
  void flaggedProposalWaitsForTheVerifierWhoseRefusalClosesIt() throws Exception {
    var calon = kp.cari("cimahi", "PRESTASI_LUAR_BIASA", PERIODE, h -> h.kesimpulan().equals("PERLU_VERIFIKASI") && !h.keppres())
        .orElseThrow();

    submitOne("operator-cimahi", calon.nip(), "PRESTASI_LUAR_BIASA");

    String bk = "KP-" + PERIODE + "-" + calon.nip();
    var task = tasks.createTaskQuery().processInstanceBusinessKey(bk).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Verifikasi");
    assertThat(task.getDueDate()).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("verifikator-bkn"));
    assertThat(kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk).get("status").asText()).isEqualTo("MENUNGGU_VERIFIKASI");

    tasks.complete(task.getId(), java.util.Map.of("keputusanVerifikasi", "TOLAK", "catatanVerifikasi", "Bukti prestasi tidak sah."));
    kp.awaitIdle(30);
    JsonNode usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("DITOLAK");
    assertThat(usulan.get("keterangan").asText()).isEqualTo("Bukti prestasi tidak sah.");
  }

  @Test
  void anApprovedVerificationGoesOnToTheSk() throws Exception {
    var calon = kp.cari("jabar", "PRESTASI_LUAR_BIASA", PERIODE, h -> h.kesimpulan().equals("PERLU_VERIFIKASI") && !h.keppres())
        .orElseThrow();
    submitOne("operator-jabar", calon.nip(), "PRESTASI_LUAR_BIASA");
    String bk = "KP-" + PERIODE + "-" + calon.nip();
    var task = tasks.createTaskQuery().processInstanceBusinessKey(bk).singleResult();

    tasks.complete(task.getId(), java.util.Map.of("keputusanVerifikasi", "SETUJU"));
    kp.awaitIdle(60);

    JsonNode usulan = kp.get("operator-jabar", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("SK_TERBIT");
    assertThat(usulan.get("nomorPertek").asText()).startsWith("PERTEK-KP/KANREG/");
  }

  @Test
  void anOpenDisciplinaryCasePostponesThePromotionWithTheCaseCited() throws Exception {
    var calon = kp.cari("cimahi", "REGULER", PERIODE, h -> h.kesimpulan().equals("LULUS") && !h.keppres()).orElseThrow();
    String kasusId = UUID.randomUUID().toString();
    jdbc.update("insert into kasus_disiplin (id, nip, pelanggaran, tanggal_kasus, status) values (?, ?, ?, ?, 'TERBUKA')",
        kasusId, calon.nip(), "Tidak masuk kerja tanpa alasan yang sah", Date.valueOf(KpTestSupport.hariIni()));

    submitOne("operator-cimahi", calon.nip(), "REGULER");

    JsonNode usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/KP-" + PERIODE + "-" + calon.nip());
    assertThat(usulan.get("kesimpulan").asText()).isEqualTo("DITUNDA");
    assertThat(usulan.get("status").asText()).isEqualTo("DITUNDA");
    assertThat(usulan.get("kodeTidakLulus")).extracting(JsonNode::asText).containsExactly("KP-DISIPLIN");
    JsonNode disiplin = null;
    for (JsonNode h : usulan.get("hasil")) {
      if (h.get("kode").asText().equals("KP-DISIPLIN")) {
        disiplin = h;
      }
    }
    assertThat(disiplin.get("pesan").asText()).contains(kasusId);
    // and the next period is open to this employee once the case is closed
    jdbc.update("update kasus_disiplin set status = 'DIHENTIKAN' where id = ?", kasusId);
    assertThat(kp.harapan().untuk(calon.nip(), "REGULER", PERIODE.plusMonths(1).atDay(1)).kesimpulan())
        .isEqualTo("LULUS");
  }

  @Test
  void aCaseOpenedWhileThePromotionWaitsEndsItWithTheReason() throws Exception {
    var calon = kp.cari("cimahi", "PRESTASI_LUAR_BIASA", PERIODE, h -> h.kesimpulan().equals("PERLU_VERIFIKASI") && !h.keppres())
        .orElseThrow();
    submitOne("operator-cimahi", calon.nip(), "PRESTASI_LUAR_BIASA");
    String bk = "KP-" + PERIODE + "-" + calon.nip();

    var result = runtime.createMessageCorrelation("KasusDisiplinDibuka").processInstanceVariableEquals("nip", calon.nip())
        .setVariable("alasanPenundaan", "Kasus disiplin K-77 dibuka: tidak masuk kerja.").correlateAllWithResult();

    assertThat(result).hasSize(1);
    JsonNode usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("DITUNDA");
    assertThat(usulan.get("keterangan").asText()).contains("K-77");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(bk).count()).isZero();
  }

  @Test
  void aMixedListRefusesBadRowsByNumberAndASecondListCreatesNoDuplicate() throws Exception {
    var a = kp.cari("cimahi", "REGULER", PERIODE, h -> h.kesimpulan().equals("GAGAL")).orElseThrow();
    String sari = id.meritflow.demo.DemoPegawai.SARI_NIP; // Jawa Barat: not Cimahi's to propose
    String csv = "nip;jenis;periode;golonganTujuan\n"
        + a.nip() + ";REGULER;" + PERIODE + ";\n"
        + "12345;REGULER;" + PERIODE + ";\n"
        + a.nip() + ";REGULER;" + PERIODE + ";\n"
        + a.nip() + ";NAIK_SENDIRI;2027/01;\n"
        + sari + ";REGULER;" + PERIODE + ";\n"
        + a.nip() + ";REGULER;" + PERIODE + ";IV/e\n";

    ResponseEntity<String> r = kp.submit("operator-cimahi", "kp-mixed-" + UUID.randomUUID(), csv, MediaType.parseMediaType("text/csv"));

    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode receipt = KpTestSupport.JSON.readTree(r.getBody());
    assertThat(receipt.at("/jumlah/valid").asInt()).isEqualTo(1);
    assertThat(receipt.get("penolakan").findValuesAsText("baris")).containsExactly("2", "3", "4", "5", "6");
    assertThat(receipt.get("penolakan").get(0).get("errors").findValuesAsText("code")).containsExactly("NIP_TIDAK_VALID");
    assertThat(receipt.get("penolakan").get(1).get("errors").findValuesAsText("code")).containsExactly("BARIS_GANDA");
    assertThat(receipt.get("penolakan").get(2).get("errors").findValuesAsText("code"))
        .containsExactlyInAnyOrder("JENIS_KP_TIDAK_VALID", "PERIODE_TIDAK_VALID");
    assertThat(receipt.get("penolakan").get(3).get("errors").findValuesAsText("code")).containsExactly("NIP_TIDAK_DIKENAL");
    assertThat(receipt.get("penolakan").get(4).get("errors").findValuesAsText("code")).containsExactly("GOLONGAN_TUJUAN_TIDAK_BERURUTAN");
    assertThat(receipt.get("penolakan").get(4).get("errors").get(0).get("message").asText()).contains("hanya satu tingkat");
    String batchId = receipt.get("id").asText();
    kp.awaitBatchSettled("operator-cimahi", batchId, 60);
    JsonNode usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/KP-" + PERIODE + "-" + a.nip());
    assertThat(usulan.get("status").asText()).isEqualTo("TIDAK_MEMENUHI_SYARAT");
    assertThat(usulan.get("kodeTidakLulus")).extracting(JsonNode::asText).containsExactlyElementsOf(a.kodeTidakLulus());

    // the same employee and period in a new list (another Idempotency-Key) is refused, and no second case exists
    ResponseEntity<String> again = kp.submit("operator-cimahi", "kp-mixed-again-" + UUID.randomUUID(),
        "[" + KpTestSupport.row(a.nip(), "REGULER", PERIODE) + "]", MediaType.APPLICATION_JSON);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(KpTestSupport.JSON.readTree(again.getBody()).get("penolakan").findValuesAsText("code"))
        .containsExactly("USULAN_SUDAH_ADA");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("KP-" + PERIODE + "-" + a.nip())
        .processDefinitionKey("kenaikan-pangkat").count()).isEqualTo(1);

    // the period's listing shows the outcome to the agency, and to no other agency
    JsonNode list = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan?batchId=" + batchId);
    assertThat(list.get("total").asInt()).isEqualTo(1);
    assertThat(list.at("/ringkasan/TIDAK_MEMENUHI_SYARAT").asInt()).isEqualTo(1);
    assertThat(kp.get("operator-jabar", "/api/kenaikan-pangkat/usulan?batchId=" + batchId).get("total").asInt()).isZero();
    assertThat(rest.withBasicAuth("operator-jabar", "demo").getForEntity(
        "/api/kenaikan-pangkat/usulan/KP-" + PERIODE + "-" + a.nip(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAdministratorsListSpanningAgenciesStartsEveryCaseInItsEmployeesAgency() throws Exception {
    var cimahi = kp.cari("cimahi", "REGULER", PERIODE, h -> true).orElseThrow();
    var jabar = kp.cari("jabar", "REGULER", PERIODE, h -> true).orElseThrow();
    ResponseEntity<String> r = kp.submit("admin", "kp-admin-" + UUID.randomUUID(), "[" + KpTestSupport.row(cimahi.nip(),
        "REGULER", PERIODE) + "," + KpTestSupport.row(jabar.nip(), "REGULER", PERIODE) + "]", MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    kp.awaitBatchSettled("admin", KpTestSupport.JSON.readTree(r.getBody()).get("id").asText(), 60);
    assertThat(jdbc.queryForList("select instansi_id from usulan_kp where nip in (?, ?) and periode = ? order by instansi_id",
        String.class, cimahi.nip(), jabar.nip(), PERIODE.toString())).containsExactly("cimahi", "jabar");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("KP-" + PERIODE + "-" + jabar.nip())
        .singleResult().getTenantId()).isEqualTo("jabar");
  }

  @Test
  void periodCalendarAndRulesAreReadable() throws Exception {
    JsonNode kalender = kp.get("operator-cimahi", "/api/kenaikan-pangkat/periode?tahun=" + PERIODE.getYear());
    assertThat(kalender.get("periode")).hasSize(12);
    assertThat(kalender.get("terbuka").findValuesAsText("")).isEmpty();
    assertThat(kp.get("operator-cimahi", "/api/kenaikan-pangkat/periode").get("terbuka")).extracting(JsonNode::asText)
        .contains(PERIODE.toString());
    assertThat(kp.get("operator-cimahi", "/api/kenaikan-pangkat/aturan").findValuesAsText("kode")).hasSize(8);
    ResponseEntity<String> bad = rest.withBasicAuth("operator-cimahi", "demo")
        .getForEntity("/api/kenaikan-pangkat/usulan?periode=2027-13", String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("PERIODE_TIDAK_VALID");
    assertThat(rest.getForEntity("/api/kenaikan-pangkat/periode", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDryRunScreensWithoutStartingACaseAndRefusesBadInputByField() throws Exception {
    var calon = kp.cari("cimahi", "REGULER", PERIODE, h -> true).orElseThrow();
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> ok = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kenaikan-pangkat/pemeriksaan",
        new org.springframework.http.HttpEntity<>(KpTestSupport.row(calon.nip(), "REGULER", PERIODE), headers), String.class);
    assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode screened = KpTestSupport.JSON.readTree(ok.getBody());
    assertThat(screened.get("kesimpulan").asText()).isEqualTo(calon.kesimpulan());
    assertThat(screened.get("hasil").findValuesAsText("kode")).hasSize(8);
    assertThat(jdbc.queryForObject("select count(*) from usulan_kp where nip = ? and periode = ?", Integer.class,
        calon.nip(), PERIODE.toString())).isZero();

    ResponseEntity<String> bad = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kenaikan-pangkat/pemeriksaan",
        new org.springframework.http.HttpEntity<>("{\"nip\":\"1\",\"jenis\":\"X\",\"periode\":\"Jan\"}", headers), String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(KpTestSupport.JSON.readTree(bad.getBody()).get("errors").findValuesAsText("code"))
        .containsExactlyInAnyOrder("NIP_TIDAK_VALID", "JENIS_KP_TIDAK_VALID", "PERIODE_TIDAK_VALID");
  }

  @Test
  void aRequestedTmtIsHonouredOnlyWhenItIsThePeriodsFirstDayAndOtherwiseRefusedWithTheReason() throws Exception {
    var calon = kp.cari("cimahi", "REGULER", PERIODE, h -> true).orElseThrow();
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    // given the period's own TMT: accepted, and it is the TMT screened
    ResponseEntity<String> ok = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kenaikan-pangkat/pemeriksaan",
        new org.springframework.http.HttpEntity<>(dryRun(calon.nip(), PERIODE.atDay(1).toString()), headers), String.class);
    assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(KpTestSupport.JSON.readTree(ok.getBody()).get("tmt").asText()).isEqualTo(PERIODE.atDay(1).toString());

    // given the 15th of the period's month: refused by field, naming the TMT the rule gives
    ResponseEntity<String> mid = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kenaikan-pangkat/pemeriksaan",
        new org.springframework.http.HttpEntity<>(dryRun(calon.nip(), PERIODE.atDay(15).toString()), headers), String.class);
    assertThat(mid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = KpTestSupport.JSON.readTree(mid.getBody()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("tmt");
    assertThat(error.get("code").asText()).isEqualTo("TMT_TIDAK_SESUAI_PERIODE");
    assertThat(error.get("message").asText()).contains("Peraturan BKN 4/2025").contains("selalu tanggal 1");

    // given the 1st of the next month: refused, pointing at that month's period
    String next = PERIODE.plusMonths(1).atDay(1).toString();
    ResponseEntity<String> other = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kenaikan-pangkat/pemeriksaan",
        new org.springframework.http.HttpEntity<>(dryRun(calon.nip(), next), headers), String.class);
    assertThat(KpTestSupport.JSON.readTree(other.getBody()).get("errors").get(0).get("message").asText())
        .contains("ajukan pada periode " + PERIODE.plusMonths(1));

    // and in a period's list (CSV column tmt) the row is refused at intake, not silently given the 1st
    String csv = "nip;jenis;periode;golonganTujuan;tmt\n" + calon.nip() + ";REGULER;" + PERIODE + ";;" + PERIODE.atDay(15) + "\n";
    ResponseEntity<String> r = kp.submit("operator-cimahi", "kp-tmt-" + UUID.randomUUID(), csv, MediaType.parseMediaType("text/csv"));
    JsonNode receipt = KpTestSupport.JSON.readTree(r.getBody());
    assertThat(receipt.at("/jumlah/valid").asInt()).isZero();
    assertThat(receipt.get("penolakan").get(0).get("errors").findValuesAsText("code")).containsExactly("TMT_TIDAK_SESUAI_PERIODE");
  }

  private static String dryRun(String nip, String tmt) {
    return "{\"nip\":\"" + nip + "\",\"jenis\":\"REGULER\",\"periode\":\"" + PERIODE + "\",\"tmt\":\"" + tmt + "\"}";
  }

  /** A JPT madya / JF ahli utama made eligible in the registry (recent kinerja, 4 years in rank, no case). */
  private HarapanKp.Harapan keppresCandidate() {
    var nips = jdbc.queryForList("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where (j.jenis in ('JPT_MADYA', 'JPT_UTAMA') or j.jenjang = 'AHLI_UTAMA') and p.instansi_id in ('cimahi', 'jabar', 'kemenpanrb')
        and p.golongan <> 'IV/e' order by p.nip""", String.class);
    int tahun = KpTestSupport.hariIni().getYear();
    for (String nip : nips) {
      String jenis = "FUNGSIONAL".equals(jdbc.queryForObject(
          "select j.jenis from pegawai p join jabatan j on j.id = p.jabatan_id where p.nip = ?", String.class, nip))
          ? "PILIHAN_FUNGSIONAL" : "PILIHAN_STRUKTURAL";
      jdbc.update("update pegawai set tmt_golongan = ? where nip = ?", Date.valueOf(PERIODE.atDay(1).minusYears(5)), nip);
      jdbc.update("delete from kinerja where nip = ? and tahun >= ?", nip, tahun - 2);
      jdbc.update("insert into kinerja (nip, tahun, predikat) values (?, ?, 'BAIK'), (?, ?, 'BAIK')", nip, tahun - 2, nip, tahun - 1);
      var h = kp.harapan().untuk(nip, jenis, PERIODE.atDay(1));
      if (h.kesimpulan().equals("LULUS") && h.keppres()) {
        return h;
      }
    }
    throw new AssertionError("no JPT madya / ahli utama can be made eligible in the demo registry");
  }

  private int riwayat(String nip, String golongan) {
    return jdbc.queryForObject("select count(*) from riwayat_pangkat where nip = ? and golongan = ?", Integer.class, nip, golongan);
  }

  private String submitOne(String user, String nip, String jenis) throws Exception {
    ResponseEntity<String> r = kp.submit(user, "kp-" + UUID.randomUUID(), "[" + KpTestSupport.row(nip, jenis, PERIODE) + "]",
        MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    String batchId = KpTestSupport.JSON.readTree(r.getBody()).get("id").asText();
    kp.awaitBatchSettled(user, batchId, 60);
    return batchId;
  }
}
