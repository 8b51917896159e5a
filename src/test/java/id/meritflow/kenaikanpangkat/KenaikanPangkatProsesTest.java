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
