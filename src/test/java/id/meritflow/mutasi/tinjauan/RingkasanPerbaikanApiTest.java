package id.meritflow.mutasi.tinjauan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transfer summary also answers for the operator's correction task: why the proposal failed, in
 * words, with no problem codes or ids; another agency's operator gets nothing.
 */
@MeritFlowIntegrationTest
class RingkasanPerbaikanApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private String nip;
  private String taskId;

  /** given a Cimahi transfer whose unit and position ids were typed wrong, back with the operator */
  @BeforeEach
  void aProposalWaitingForCorrection() {
    nip = jdbc.queryForObject("select nip from pegawai where instansi_id = 'cimahi' order by nip desc "
        + "offset 3 rows fetch next 1 rows only", String.class);
    String kasus = runtime.startProcessInstanceByKey("mutasi", "MUT-UJI-PERBAIKAN-" + UUID.randomUUID(), Map.of(
        "nip", nip, "instansiTujuanId", "cimahi", "unitKerjaTujuanId", "unit-salah-ketik",
        "jabatanTujuanId", "jabatan-salah-ketik", "alasanKategori", "ROTASI", "alasanUraian", "Uji perbaikan",
        "atasPermintaanSendiri", false, "tanggalUsulan", SuiteClock.hariIni().toString(),
        "tmt", SuiteClock.hariIni().plusMonths(2).toString())).getId();
    taskId = EngineAwait.task(tasks, kasus, "Task_PerbaikiUsulan");
  }

  @Test
  void operatorReadsWhyTheProposalFailedInWords() throws Exception {
    // when Cimahi's operator reads the correction task's summary
    ResponseEntity<String> r = get("operator-cimahi");

    // then the employee is named and every failure is a sentence naming the field, not a code
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode s = JSON.readTree(r.getBody());
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, nip);
    assertThat(s.at("/pegawai/nama").asText()).isEqualTo(nama);
    assertThat(s.at("/tujuan/instansi").asText()).isEqualTo("Pemerintah Kota Cimahi");
    assertThat(s.at("/kesimpulan").asText()).isEqualTo("Ada syarat yang tidak terpenuhi");
    JsonNode pertama = s.get("aturan").get(0);
    assertThat(pertama.get("status").asText()).isEqualTo("Tidak memenuhi");
    assertThat(pertama.hasNonNull("kode")).as("a field problem has no rule code").isFalse();
    assertThat(s.get("aturan").findValuesAsText("judul"))
        .contains("Isian usulan: unit kerja tujuan");
    assertThat(s.get("aturan").toString())
        .doesNotContain("UNIT_KERJA_TIDAK_DIKENAL", "JABATAN_TIDAK_DIKENAL", "unit-salah-ketik", "unitKerjaTujuanId");
  }

  @Test
  void anotherAgencysOperatorDoesNotFindTheTask() {
    // when West Java's operator asks for the Cimahi case's correction task
    ResponseEntity<String> r = get("operator-jabar");

    // then it does not exist for them
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(r.getBody()).doesNotContain(nip);
  }

  private ResponseEntity<String> get(String user) {
    return rest.withBasicAuth(user, "demo").getForEntity("/api/mutasi/tugas/" + taskId + "/ringkasan", String.class);
  }
}
