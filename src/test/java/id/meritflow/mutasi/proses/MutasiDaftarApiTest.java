package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /api/mutasi: an agency's transfer cases from the engine's history, with where each stands. */
@MeritFlowIntegrationTest
class MutasiDaftarApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void operatorListsACaseOfTheAgencyWithItsStepAndFiltersByNipAndStatus() throws Exception {
    // given a Cimahi employee proposed for a position that is already full, so the checks fail
    // and the case waits for the operator to correct or withdraw it
    Map<String, Object> pegawai = pegawaiCimahi(0);
    String nip = (String) pegawai.get("nip");
    JsonNode kasus = proposeToAFullPosition(nip);
    String key = kasus.get("businessKey").asText();
    String task = EngineAwait.task(taskService, kasus.get("id").asText(), "Task_PerbaikiUsulan");

    // when Cimahi's operator lists the employee's cases
    JsonNode row = row(get("operator-cimahi", "/api/mutasi?nip=" + nip), key);

    // then the row names the employee, the target position and the step in the model's words
    assertThat(row.get("nip").asText()).isEqualTo(nip);
    assertThat(row.get("nama").asText()).isEqualTo(pegawai.get("nama"));
    assertThat(row.get("jabatanTujuanId").asText()).isEqualTo(fullPosition().get("id"));
    assertThat(row.get("namaJabatanTujuan").asText()).isEqualTo(fullPosition().get("nama"));
    assertThat(row.get("langkah").asText()).isEqualTo("Perbaiki atau tarik usulan");
    assertThat(row.get("status").asText()).isEqualTo("BERJALAN");
    assertThat(row.get("mulai").isNull()).isFalse();
    assertThat(keys(get("operator-cimahi", "/api/mutasi?status=BERJALAN&nip=" + nip))).contains(key);
    assertThat(keys(get("operator-cimahi", "/api/mutasi?status=SELESAI&nip=" + nip))).doesNotContain(key);
    assertThat(keys(get("operator-cimahi", "/api/mutasi?nip=" + DemoPegawai.DEWI_NIP))).doesNotContain(key);
    assertThat(keys(get("verifikator-bkn", "/api/mutasi?nip=" + nip))).contains(key);

    // and another agency's operator does not see it at all, nor does another employee
    assertThat(keys(get("operator-jabar", "/api/mutasi?nip=" + nip))).isEmpty();
    assertThat(keys(get("operator-jabar", "/api/mutasi?size=200"))).doesNotContain(key);
    assertThat(keys(get("pegawai-dewi", "/api/mutasi?nip=" + nip))).isEmpty();
    assertThat(keys(get("pegawai-dewi", "/api/mutasi?size=200"))).doesNotContain(key);

    // when the operator withdraws the proposal
    taskService.complete(task, Map.of("tindakLanjut", "TARIK"));
    EngineAwait.ended(runtimeService, kasus.get("id").asText());

    // then it is listed as ended, at the end it reached
    JsonNode ended = row(get("operator-cimahi", "/api/mutasi?status=SELESAI&nip=" + nip), key);
    assertThat(ended.get("langkah").asText()).isEqualTo("Usulan ditolak");
    assertThat(ended.get("selesai").isNull()).isFalse();
    assertThat(keys(get("operator-cimahi", "/api/mutasi?status=BERJALAN&nip=" + nip))).doesNotContain(key);
  }

  @Test
  void aCaseStoppedFromOutsideTheProcessIsListedAsCancelled() throws Exception {
    // given a failed proposal waiting for the operator
    String nip = (String) pegawaiCimahi(1).get("nip");
    JsonNode kasus = proposeToAFullPosition(nip);
    EngineAwait.task(taskService, kasus.get("id").asText(), "Task_PerbaikiUsulan");

    // when an administrator deletes the case in the engine
    runtimeService.deleteProcessInstance(kasus.get("id").asText(), "uji pembatalan");

    // then it is DIBATALKAN, neither running nor ended at one of its end events
    String key = kasus.get("businessKey").asText();
    JsonNode row = row(get("operator-cimahi", "/api/mutasi?status=DIBATALKAN&nip=" + nip), key);
    assertThat(row.get("status").asText()).isEqualTo("DIBATALKAN");
    assertThat(row.hasNonNull("langkah")).isFalse();
    assertThat(row(get("operator-cimahi", "/api/mutasi?nip=" + nip), key).get("status").asText()).isEqualTo("DIBATALKAN");
    assertThat(keys(get("operator-cimahi", "/api/mutasi?status=SELESAI&nip=" + nip))).doesNotContain(key);
    assertThat(keys(get("operator-cimahi", "/api/mutasi?status=BERJALAN&nip=" + nip))).doesNotContain(key);
  }

  @Test
  void badFiltersAreRefusedNamingTheField() throws Exception {
    for (var bad : List.of(List.of("status=DITOLAK_SEMUA", "status"), List.of("size=201", "size"),
        List.of("page=-1", "page"), List.of("nip=1985", "nip"))) {
      ResponseEntity<String> answer = rest.withBasicAuth("operator-cimahi", "demo")
          .getForEntity("/api/mutasi?" + bad.get(0), String.class);
      assertThat(answer.getStatusCode()).as(bad.get(0)).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(JSON.readTree(answer.getBody()).get("errors").findValuesAsText("field")).containsExactly(bad.get(1));
    }
  }

  @Test
  void listIsPagedNewestFirst() throws Exception {
    JsonNode page = get("admin", "/api/mutasi?size=2");
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
    List<Instant> started = page.get("items").findValuesAsText("mulai").stream().map(Instant::parse).toList();
    assertThat(started).isSortedAccordingTo(Comparator.reverseOrder());
  }

  /** A Cimahi pelaksana position with no vacancy, so that FormasiPolicy fails the proposal. */
  private Map<String, Object> fullPosition() {
    return jdbc.queryForMap("""
        select j.id, j.unit_kerja_id, j.nama from jabatan j
        where j.instansi_id = 'cimahi' and j.jenis = 'PELAKSANA'
          and j.kebutuhan <= (select count(*) from pegawai p where p.jabatan_id = j.id)
        order by j.id fetch first 1 rows only""");
  }

  /** The n-th Cimahi employee from the end of the NIP order, not a named demo employee nor in the full position. */
  private Map<String, Object> pegawaiCimahi(int n) {
    return jdbc.queryForMap("""
        select p.nip, p.nama from pegawai p where p.instansi_id = 'cimahi' and p.nip not in (?, ?)
          and (p.jabatan_id is null or p.jabatan_id <> ?)
        order by p.nip desc offset ? rows fetch next 1 rows only""", DemoPegawai.DEWI_NIP, DemoPegawai.BUDI_NIP,
        fullPosition().get("id"), n);
  }

  private JsonNode proposeToAFullPosition(String nip) throws Exception {
    Map<String, Object> target = fullPosition();
    String today = SuiteClock.hariIni().toString();
    ResponseEntity<String> created = new MutasiProposals(rest, jdbc).post("operator-cimahi", "/api/mutasi",
        JSON.writeValueAsString(Map.of("nip", nip, "instansiTujuanId", "cimahi",
            "unitKerjaTujuanId", target.get("unit_kerja_id"), "jabatanTujuanId", target.get("id"), "rute", "DALAM_INSTANSI",
            "alasan", Map.of("kategori", "ROTASI", "uraian", "Penyegaran organisasi"), "atasPermintaanSendiri", false,
            "tanggalUsulan", today, "tmt", today)));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(created.getBody());
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  private static JsonNode row(JsonNode page, String key) {
    for (JsonNode item : page.get("items")) {
      if (item.get("businessKey").asText().equals(key)) {
        return item;
      }
    }
    throw new AssertionError(key + " not listed: " + page);
  }

  private static List<String> keys(JsonNode page) {
    return page.get("items").findValuesAsText("businessKey");
  }
}
