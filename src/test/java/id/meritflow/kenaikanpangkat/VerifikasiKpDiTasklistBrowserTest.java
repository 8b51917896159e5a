package id.meritflow.kenaikanpangkat;

import id.meritflow.support.BrowserSession;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.EngineAwait;
import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.Tasklist;
import java.time.YearMonth;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BKN's verifier gives the pertek for a promotion that needs a document checked, in the real
 * Tasklist: the form shows the proposal and every rule's result; approving sends it on to the SK.
 */
@MeritFlowIntegrationTest
class VerifikasiKpDiTasklistBrowserTest {

  private static final YearMonth PERIODE = KpTestSupport.periodeTerbuka(1);

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void verifierApprovesAPrestasiLuarBiasaProposalInTasklistAndItsSkIsSigned() throws Exception {
    KpTestSupport kp = new KpTestSupport(rest, jdbc, management);
    var calon = kp.cari("cimahi", "PRESTASI_LUAR_BIASA", PERIODE, h -> h.kesimpulan().equals("PERLU_VERIFIKASI") && !h.keppres())
        .orElseThrow();
    var r = kp.submit("operator-cimahi", "kp-browser-" + UUID.randomUUID(),
        "[" + KpTestSupport.row(calon.nip(), "PRESTASI_LUAR_BIASA", PERIODE) + "]", MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    kp.awaitBatchSettled("operator-cimahi", KpTestSupport.JSON.readTree(r.getBody()).get("id").asText(), 60);
    String bk = "KP-" + PERIODE + "-" + calon.nip();
    String kasus = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk).get("processInstanceId").asText();
    String taskId = EngineAwait.task(tasks, kasus, "Task_Verifikasi");

    Tasklist tasklist = new Tasklist(browser.driver(), port, "VerifikasiKpDiTasklist");
    tasklist.loginAs("verifikator-bkn", "demo");
    tasklist.openTask(taskId);
    tasklist.step("form-rendered", () -> {
      tasklist.visible(Tasklist.radioLabel("Keputusan pertek"));
      tasklist.awaitValue(Tasklist.field("input", "NIP pegawai"), v -> v.equals(calon.nip()));
      tasklist.awaitValue(Tasklist.field("input", "Golongan tujuan"), v -> v.equals(calon.golonganTujuan()));
      tasklist.awaitValue(Tasklist.field("textarea", "Hasil pemeriksaan syarat (per aturan)"),
          v -> v.contains("PERLU_VERIFIKASI — KP-KINERJA") && v.contains("LULUS — KP-MASA-PANGKAT"));
    });
    tasklist.claim();
    tasklist.chooseAndComplete(taskId, "Setuju — terbitkan pertek");

    assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("verifikator-bkn");
    kp.awaitIdle(60);
    var usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("SK_TERBIT");
    assertThat(usulan.get("nomorSk").asText()).isNotBlank();
  }
}
