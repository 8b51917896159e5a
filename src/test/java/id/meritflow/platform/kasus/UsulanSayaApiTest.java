package id.meritflow.platform.kasus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
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

  private static JsonNode find(JsonNode rows, String nomor) {
    for (JsonNode r : rows) {
      if (nomor.equals(r.path("nomor").asText())) {
        return r;
      }
    }
    return null;
  }
}
