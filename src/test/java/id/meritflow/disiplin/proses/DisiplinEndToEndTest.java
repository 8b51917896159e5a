package id.meritflow.disiplin.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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

/**
 * The "done means" through the running application: 28 days of unexcused absence open a
 * case that blocks the employee's pending transfer, is examined by the PPK's team, signed by the
 * PPK in person, takes effect on day 15 and is suspended by a keberatan filed in time.
 */
@MeritFlowIntegrationTest
class DisiplinEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired PegawaiDirectory pegawai;
  @Autowired PenandatangananService penandatanganan;

  @Test
  void twentyEightDaysAbsentEndInAPdhTapsEffectiveOnDay15AndAKeberatanSuspendsIt() throws Exception {
    // given a Cimahi pelaksana with a pending transfer, waiting for the operator
    String nip = pelaksanaCimahi(0);
    String mutasi = runtimeService.startProcessInstanceByKey("mutasi", "MUT-UJI-DIS-" + nip, Map.of("nip", nip,
        "instansiTujuanId", "cimahi", "unitKerjaTujuanId", "tidak-ada", "jabatanTujuanId", "tidak-ada",
        "rute", "DALAM_INSTANSI", "alasanKategori", "ROTASI", "alasanUraian", "Uji", "atasPermintaanSendiri", false,
        "tanggalUsulan", today().toString(), "tmt", today().plusMonths(1).toString())).getId();
    EngineAwait.task(taskService, mutasi, "Task_PerbaikiUsulan");

    // when the agency's attendance system reports 28 days of unexcused absence
    String data = kehadiran(nip, 28, 4);
    ResponseEntity<String> sent = post("operator-cimahi", "/api/disiplin/kehadiran", data);
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode hasil = JSON.readTree(sent.getBody()).get(0);
    assertThat(hasil.get("hasil").asText()).isEqualTo("KASUS_DIBUKA");
    assertThat(hasil.get("jenisHukuman").asText()).isEqualTo("PDH_TAPS");
    String kasusId = hasil.get("kasusId").asText();

    // then the transfer ends, citing the case, and the registry blocks transfers and promotions
    EngineAwait.ended(runtimeService, mutasi);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(mutasi)
        .activityId("End_MutasiDitundaDisiplin").count()).isOne();
    assertThat(variabel(mutasi, "statusAkhir")).isEqualTo("DITUNDA_DISIPLIN");
    assertThat(variabel(mutasi, "alasanPenundaan")).contains(kasusId);
    assertThat(jdbc.queryForObject("select count(*) from jejak_audit where kasus_id = ? and uraian like ?",
        Integer.class, mutasi, "%" + kasusId + "%")).isOne();
    assertThat(menghambat(nip, today())).isTrue();
    assertThat(post("operator-cimahi", "/api/mutasi/pemeriksaan", usulanMutasi(nip)).getBody())
        .contains("MUT-DISIPLIN").contains(kasusId);

    // and the same data sent again opens nothing new
    JsonNode lagi = JSON.readTree(post("operator-cimahi", "/api/disiplin/kehadiran", data).getBody()).get(0);
    assertThat(lagi.get("hasil").asText()).isEqualTo("SUDAH_ADA");
    assertThat(lagi.get("kasusId").asText()).isEqualTo(kasusId);
    assertThat(jdbc.queryForObject("select count(*) from kasus_disiplin where nip = ? and sumber = 'KEHADIRAN'",
        Integer.class, nip)).isOne();

    // and an objection before the decision is refused
    assertThat(post("operator-cimahi", "/api/disiplin/kasus/" + kasusId + "/keberatan", "{\"alasan\":\"Terlalu dini\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // when the PPK forms the mandatory team (berat), the superior summons and examines, every member signs the BAP
    String kasus = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(kasusId)
        .processDefinitionKey("disiplin").singleResult().getId();
    String tim = EngineAwait.task(taskService, kasus, "Task_BentukTim");
    assertThat(taskService.getIdentityLinksForTask(tim)).anyMatch(l -> "ppk".equals(l.getGroupId()));
    taskService.complete(tim, Map.of("anggotaTim", "atasan-cimahi, pengawas-cimahi, operator-cimahi",
        "pembebasanSementara", true));
    taskService.complete(EngineAwait.task(taskService, kasus, "Task_PanggilanPertama"),
        Map.of("nomorPanggilan", "800/PGL/1", "tanggalPemeriksaan", today().toString()));
    taskService.complete(EngineAwait.task(taskService, kasus, "Task_Pemeriksaan"),
        Map.of("hadir", "true", "terbukti", "true", "ringkasanBap", "Mengakui tidak masuk 28 hari tanpa alasan sah"));
    var bap = taskService.createTaskQuery().processInstanceId(kasus).taskDefinitionKey("Task_SetujuiBap").list();
    assertThat(bap).extracting(t -> t.getAssignee())
        .containsExactlyInAnyOrder("atasan-cimahi", "pengawas-cimahi", "operator-cimahi");
    bap.forEach(t -> taskService.complete(t.getId(), Map.of("sikapAnggota", "SETUJU")));

    // then the PPK of Cimahi signs the SK in person
    String tandaTangan = signingTask(kasusId);
    assertThat(taskService.getIdentityLinksForTask(tandaTangan)).anyMatch(l -> "ppk".equals(l.getGroupId()));
    assertThat(post("ppk-cimahi", "/engine-rest/task/" + tandaTangan + "/claim", "{\"userId\":\"ppk-cimahi\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("ppk-cimahi", "/engine-rest/task/" + tandaTangan + "/complete",
        "{\"variables\":{\"keputusanPenandatangan\":{\"value\":\"TANDATANGANI\",\"type\":\"String\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String sampaikan = EngineAwait.task(taskService, kasus, "Task_SampaikanKeputusan");
    var sk = penandatanganan.findByNomor(variabel(kasus, "nomorSk")).orElseThrow();
    assertThat(sk.mode().name()).isEqualTo("LANGSUNG");
    assertThat(sk.penandatanganPeran()).isEqualTo("ppk");
    assertThat(variabel(kasus, "jenisHukuman")).isEqualTo("PDH_TAPS");
    assertThat(variabel(kasus, "pejabatBerwenang")).isEqualTo("PPK");

    // when it is delivered today, and day 15 comes (the timer fired by hand)
    taskService.complete(sampaikan, Map.of("tanggalDiterima", today().toString()));
    Job hariKe15 = awaitJob(kasus, "Timer_HariKe15");
    assertThat(variabel(kasus, "tmtHukuman")).isEqualTo(today().plusDays(15).toString());
    assertThat(status(kasusId)).isEqualTo("TERBUKA");
    managementService.executeJob(hariKe15.getId());

    // then the case is decided: PDH-TAPS from day 15, and still blocks
    var diputus = jdbc.queryForMap("select * from kasus_disiplin where id = ?", kasusId);
    assertThat(diputus.get("STATUS")).isEqualTo("DIPUTUS");
    assertThat(diputus.get("JENIS_HUKUMAN")).isEqualTo("PDH_TAPS");
    assertThat(diputus.get("TMT_HUKUMAN").toString()).isEqualTo(today().plusDays(15).toString());
    assertThat(menghambat(nip, today().plusDays(15))).isTrue();

    // when a keberatan (here banding administratif, a dismissal) is filed within the deadline
    ResponseEntity<String> keberatan = post("operator-cimahi", "/api/disiplin/kasus/" + kasusId + "/keberatan",
        "{\"alasan\":\"Sakit dengan surat keterangan dokter\"}");

    // then the penalty is suspended, still blocks, and BPASN is asked
    assertThat(keberatan.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(JSON.readTree(keberatan.getBody()).get("status").asText()).isEqualTo("DITANGGUHKAN");
    assertThat(menghambat(nip, today().plusDays(30))).isTrue();
    String upaya = EngineAwait.task(taskService, kasus, "Task_PutusUpaya");
    assertThat(taskService.getIdentityLinksForTask(upaya)).anyMatch(l -> "bpasn".equals(l.getGroupId()));

    // when BPASN changes the penalty, the record follows
    taskService.complete(upaya, Map.of("hasilUpaya", "MENGUBAH", "jenisHukumanBaru", "PEMBEBASAN_JABATAN_12",
        "pertimbanganUpaya", "Sebagian ketidakhadiran beralasan"));
    EngineAwait.ended(runtimeService, kasus);
    var diubah = jdbc.queryForMap("select * from kasus_disiplin where id = ?", kasusId);
    assertThat(diubah.get("STATUS")).isEqualTo("DIPUTUS");
    assertThat(diubah.get("JENIS_HUKUMAN")).isEqualTo("PEMBEBASAN_JABATAN_12");
    assertThat(diubah.get("TMT_HUKUMAN").toString()).isEqualTo(today().plusDays(15).toString());
    assertThat(diubah.get("AKHIR_HUKUMAN").toString()).isEqualTo(today().plusDays(15).plusMonths(12).toString());
    // when the penalty ends, the block lifts
    assertThat(menghambat(nip, today().plusDays(15).plusMonths(12))).isFalse();
  }

  @Test
  void superiorOpensACaseThatOtherAgenciesCannotSeeAndAMissedSummonsFlagsTheSuperior() throws Exception {
    String nip = pelaksanaCimahi(1);
    String body = JSON.writeValueAsString(Map.of("nip", nip, "pelanggaran", "Menyalahgunakan fasilitas kantor",
        "jenisPelanggaran", "PENYALAHGUNAAN_FASILITAS", "tanggalKasus", today().toString(), "perkiraanTingkat", "RINGAN"));

    assertThat(post("atasan-jabar", "/api/disiplin/kasus", body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("ppk-cimahi", "/api/disiplin/kasus", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> created = post("atasan-cimahi", "/api/disiplin/kasus", body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String kasusId = JSON.readTree(created.getBody()).get("id").asText();
    String proses = JSON.readTree(created.getBody()).get("prosesId").asText();

    // the superior examines a ringan case alone
    String panggilan = EngineAwait.task(taskService, proses, "Task_PanggilanPertama");
    assertThat(taskService.getIdentityLinksForTask(panggilan)).anyMatch(l -> "atasan".equals(l.getGroupId()));
    assertThat(taskService.createTaskQuery().taskId(panggilan).singleResult().getTenantId()).isEqualTo("cimahi");
    assertThat(get("atasan-cimahi", "/api/disiplin/kasus/" + kasusId).getBody()).contains("\"status\":\"TERBUKA\"");
    assertThat(get("operator-jabar", "/api/disiplin/kasus/" + kasusId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // when no summons goes out within 7 working days (the timer fired by hand), the superior is flagged
    managementService.executeJob(awaitJob(proses, "Timer_PanggilanPertama").getId());
    String peringatan = get("atasan-cimahi", "/api/disiplin/peringatan-dini").getBody();
    assertThat(peringatan).contains("DIS-ATASAN").contains(kasusId);
    assertThat(get("atasan-jabar", "/api/disiplin/peringatan-dini").getBody()).doesNotContain(kasusId);
    assertThat(get("atasan-jabar", "/api/disiplin/peringatan-dini?instansiId=cimahi").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void invalidRequestsAreRefusedWithEveryReasonAndNothingWritten() throws Exception {
    String nip = pelaksanaCimahi(2);
    int kasusSebelum = jdbc.queryForObject("select count(*) from kasus_disiplin", Integer.class);

    ResponseEntity<String> kasus = post("atasan-cimahi", "/api/disiplin/kasus", JSON.writeValueAsString(Map.of(
        "nip", nip, "jenisPelanggaran", "bukan kode", "tanggalKasus", today().plusDays(3).toString(),
        "perkiraanTingkat", "SEDANG_SEKALI")));
    assertThat(kasus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(kasus.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("pelanggaran", "jenisPelanggaran", "tanggalKasus", "perkiraanTingkat");

    String tahun = Integer.toString(today().getYear());
    ResponseEntity<String> hadir = post("operator-cimahi", "/api/disiplin/kehadiran", "{\"tahun\":" + tahun
        + ",\"pegawai\":[{\"nip\":\"" + nip + "\",\"hariTidakMasuk\":30,\"tidakMasukBeruntun\":2},"
        + "{\"nip\":\"" + nip + "\",\"hariTidakMasuk\":3,\"tidakMasukBeruntun\":5},"
        + "{\"nip\":\"" + DemoNip.SARI + "\",\"hariTidakMasuk\":1}]}");
    assertThat(hadir.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(hadir.getBody()).get("errors").findValuesAsText("code"))
        .contains("NIP_GANDA", "JUMLAH_TIDAK_VALID", "PEGAWAI_TIDAK_DITEMUKAN");

    assertThat(jdbc.queryForObject("select count(*) from kasus_disiplin", Integer.class)).isEqualTo(kasusSebelum);
    assertThat(jdbc.queryForObject("select count(*) from disiplin_kehadiran where nip = ?", Integer.class, nip)).isZero();

    // below the threshold: stored, no case, and the superior sees the warning
    JsonNode bawah = JSON.readTree(post("operator-cimahi", "/api/disiplin/kehadiran", kehadiran(nip, 2, 2)).getBody());
    assertThat(bawah.get(0).get("hasil").asText()).isEqualTo("DI_BAWAH_AMBANG");
    String peringatan = get("atasan-cimahi", "/api/disiplin/peringatan-dini").getBody();
    assertThat(peringatan).contains(nip).contains("DIS-ABSEN").contains("TEGURAN_LISAN");
  }

  @Test
  void repeatedRinganPenaltiesAreListedForTheSuperior() {
    String nip = pelaksanaCimahi(3);
    for (int i = 1; i <= 2; i++) {
      jdbc.update("""
          insert into kasus_disiplin (id, nip, pelanggaran, tanggal_kasus, status, tingkat_hukuman, jenis_hukuman, tmt_hukuman)
          values (?, ?, 'Terlambat berulang', ?, 'DIPUTUS', 'RINGAN', 'TEGURAN_LISAN', ?)""",
          "UJI-RINGAN-" + i + "-" + nip, nip, today().minusMonths(i), today().minusMonths(i));
    }

    String peringatan = get("atasan-cimahi", "/api/disiplin/peringatan-dini").getBody();

    assertThat(peringatan).contains("\"nip\":\"" + nip + "\",").contains("DIS-BERULANG");
  }

  private static final class DemoNip {
    static final String SARI = "199002242015032002";
  }

  private String pelaksanaCimahi(int n) {
    List<String> nips = jdbc.queryForList("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.instansi_id = 'cimahi' and j.jenis = 'PELAKSANA' order by p.nip desc""", String.class);
    return nips.get(n);
  }

  private String usulanMutasi(String nip) throws Exception {
    var post = jdbc.queryForMap("""
        select j.id, j.unit_kerja_id from jabatan j where j.instansi_id = 'cimahi' and j.jenis = 'PELAKSANA'
        order by j.id fetch first 1 rows only""");
    return JSON.writeValueAsString(Map.of("nip", nip, "instansiTujuanId", "cimahi",
        "unitKerjaTujuanId", post.get("UNIT_KERJA_ID"), "jabatanTujuanId", post.get("ID"), "rute", "DALAM_INSTANSI",
        "alasan", Map.of("kategori", "ROTASI", "uraian", "Uji"), "atasPermintaanSendiri", false,
        "tanggalUsulan", today().toString(), "tmt", today().toString()));
  }

  private static String kehadiran(String nip, int hari, int beruntun) {
    return "{\"tahun\":" + today().getYear() + ",\"pegawai\":[{\"nip\":\"" + nip + "\",\"hariTidakMasuk\":" + hari
        + ",\"tidakMasukBeruntun\":" + beruntun + "}]}";
  }

  private boolean menghambat(String nip, LocalDate tanggal) {
    return pegawai.find(nip).orElseThrow().disiplin().stream().anyMatch(k -> k.menghambatPada(tanggal));
  }

  private String status(String kasusId) {
    return jdbc.queryForObject("select status from kasus_disiplin where id = ?", String.class, kasusId);
  }

  private String variabel(String prosesId, String nama) {
    var v = historyService.createHistoricVariableInstanceQuery().processInstanceId(prosesId).variableName(nama).list();
    return v.isEmpty() ? null : String.valueOf(v.get(0).getValue());
  }

  private String signingTask(String kasusId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      var task = taskService.createTaskQuery().processInstanceBusinessKey(kasusId).taskDefinitionKey("Task_Tandatangani")
          .singleResult();
      if (task != null) {
        return task.getId();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no signing task for " + kasusId);
  }

  private Job awaitJob(String prosesId, String activityId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Job job = managementService.createJobQuery().processInstanceId(prosesId).activityId(activityId).singleResult();
      if (job != null) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no job at " + activityId);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private static LocalDate today() {
    return id.meritflow.support.SuiteClock.hariIni();
  }
}
