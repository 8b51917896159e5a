package id.meritflow.platform.kasus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.kenaikanpangkat.KpTestSupport;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/usulan-saya}: the cases I proposed, with whose they are and where they wait. */
@MeritFlowIntegrationTest
class UsulanSayaApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void listsTheCasesTheCallerProposedWithTheirCurrentStepAndNobodyElses() throws Exception {
    String nomor = "PP-SAYA-" + UUID.randomUUID();
    identity.setAuthentication("operator-cimahi", List.of("operator"), List.of("cimahi"));
    try {
      runtime.startProcessInstanceByKey("pemutakhiran-pendidikan", nomor, Map.of("nip", DemoPegawai.DEWI_NIP,
          "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik", "perguruanTinggi", "Universitas Indonesia",
          "nomorIjazah", "UI/2025/78", "tanggalIjazah", "2025-02-01"));
    } finally {
      identity.clearAuthentication();
    }
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, DemoPegawai.DEWI_NIP);

    JsonNode mine = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo").getForObject("/api/usulan-saya", String.class));
    JsonNode theirs = JSON.readTree(rest.withBasicAuth("operator-jabar", "demo").getForObject("/api/usulan-saya", String.class));

    JsonNode row = find(mine, nomor);
    assertThat(row).as("my case in my list").isNotNull();
    assertThat(row.path("namaPegawai").asText()).isEqualTo(nama);
    assertThat(row.path("keterangan").asText()).isEqualTo("Menunggu tindakan");
    assertThat(row.path("langkah").toString()).contains("Verifikasi usulan pemutakhiran — " + nama);
    assertThat(find(theirs, nomor)).as("another operator's list").isNull();
    assertThat(rest.getForEntity("/api/usulan-saya", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void listsTheCasesStartedForTheProposerInTheBackgroundToo() throws Exception {
    // given a disciplinary case opened through the API and a promotion list row started by the batch job
    String disiplin = jdbc.queryForObject("""
        select p.nip from pegawai p where p.instansi_id = 'cimahi'
          and not exists (select 1 from kasus_disiplin d where d.nip = p.nip)
        order by p.nip offset 3 rows fetch next 1 rows only""", String.class);
    String kp = jdbc.queryForObject("""
        select p.nip from pegawai p where p.instansi_id = 'cimahi' and p.nip <> ?
          and not exists (select 1 from usulan_kp k where k.nip = p.nip)
          and not exists (select 1 from kasus_disiplin d where d.nip = p.nip)
        order by p.nip offset 7 rows fetch next 1 rows only""", String.class, disiplin);
    String periode = KpTestSupport.periodeTerbuka(1).toString();
    JsonNode kasus = JSON.readTree(post("/api/disiplin/kasus", MediaType.APPLICATION_JSON, """
        {"nip": "%s", "pelanggaran": "Terlambat berulang", "jenisPelanggaran": "TIDAK_MENAATI_JAM_KERJA",
         "tanggalKasus": "%s", "perkiraanTingkat": "RINGAN", "timDiminta": false}""".formatted(disiplin,
        SuiteClock.hariIni().minusDays(2))));
    post("/api/batch/KENAIKAN_PANGKAT", MediaType.valueOf("text/csv"), "nip;jenis;periode\n" + kp + ";REGULER;" + periode);
    String nomorKp = "KP-" + periode + "-" + kp;

    // then both are the operator's proposals, whoever started the process instance
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    JsonNode mine;
    do {
      mine = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo").getForObject("/api/usulan-saya", String.class));
    } while (find(mine, nomorKp) == null && System.nanoTime() < deadline);
    assertThat(find(mine, kasus.path("id").asText())).as("the disciplinary case").isNotNull();
    assertThat(find(mine, nomorKp)).as("the promotion proposal from the list").isNotNull();
    assertThat(find(mine, nomorKp).path("jenis").asText()).isEqualTo("Kenaikan Pangkat");
  }

  private String post(String path, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.set("Idempotency-Key", "usulan-saya-" + UUID.randomUUID());
    var answer = rest.withBasicAuth("operator-cimahi", "demo").exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    return answer.getBody();
  }

  private static JsonNode find(JsonNode rows, String nomor) {
    for (JsonNode r : rows) {
      if (nomor.equals(r.path("nomor").asText())) {
        return r;
      }
    }
    return null;
  }
}
