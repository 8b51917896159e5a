package id.meritflow.kenaikanpangkat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.YearMonth;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #7's career effect on promotions, through the running application: attendance data that
 * opens a disciplinary case ends the employee's pending promotion with the case cited, and the
 * next proposal is postponed by KP-DISIPLIN naming the same case.
 */
@MeritFlowIntegrationTest
class KenaikanPangkatDisiplinTest {

  private static final YearMonth PERIODE = KpTestSupport.periodeTerbuka(1);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @Test
  void aCaseOpenedFromAttendanceDataBlocksThePendingPromotionWithTheCaseCited() throws Exception {
    KpTestSupport kp = new KpTestSupport(rest, jdbc, management);
    // given a promotion waiting for the verifier
    var calon = kp.cari("cimahi", "PRESTASI_LUAR_BIASA", PERIODE, h -> h.kesimpulan().equals("PERLU_VERIFIKASI") && !h.keppres())
        .orElseThrow();
    var r = kp.submit("operator-cimahi", "kp-dis-" + UUID.randomUUID(),
        "[" + KpTestSupport.row(calon.nip(), "PRESTASI_LUAR_BIASA", PERIODE) + "]", MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    kp.awaitBatchSettled("operator-cimahi", KpTestSupport.JSON.readTree(r.getBody()).get("id").asText(), 60);
    String bk = "KP-" + PERIODE + "-" + calon.nip();
    assertThat(kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk).get("status").asText())
        .isEqualTo("MENUNGGU_VERIFIKASI");

    // when the agency's attendance system reports 28 days of unexcused absence
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> sent = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/disiplin/kehadiran",
        new HttpEntity<>("{\"tahun\":" + KpTestSupport.hariIni().getYear() + ",\"pegawai\":[{\"nip\":\"" + calon.nip()
            + "\",\"hariTidakMasuk\":28,\"tidakMasukBeruntun\":4}]}", headers), String.class);
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.OK);
    String kasusId = KpTestSupport.JSON.readTree(sent.getBody()).get(0).get("kasusId").asText();

    // then the pending promotion is postponed, citing the case, and its verifier task is gone
    kp.awaitIdle(30);
    JsonNode usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("DITUNDA");
    assertThat(usulan.get("keterangan").asText()).contains(kasusId);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(bk).count()).isZero();

    // and screening a promotion now (dry run) postpones it by KP-DISIPLIN, naming the same case
    ResponseEntity<String> dry = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kenaikan-pangkat/pemeriksaan",
        new HttpEntity<>(KpTestSupport.row(calon.nip(), "REGULER", PERIODE), headers), String.class);
    assertThat(dry.getStatusCode()).as(dry.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode screened = KpTestSupport.JSON.readTree(dry.getBody());
    assertThat(screened.get("hasil").toString()).contains("KP-DISIPLIN").contains(kasusId);
    assertThat(screened.get("kesimpulan").asText()).isIn("DITUNDA", "GAGAL");
  }
}
