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
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BKN's verifier gives the pertek for a promotion that needs a document checked, in the real
 * Tasklist: the embedded form names the employee and shows the proposal and every rule's result in
 * words, the one needing verification first, with no enum names; approving sends it on to the SK.
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
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, calon.nip());
    tasklist.step("form-rendered", () -> {
      tasklist.awaitText(By.id("nama-pegawai"), t -> t.contains(nama) && t.contains(calon.nip()));
      tasklist.awaitText(By.id("jenis-kp"), t -> t.equals("Prestasi luar biasa"));
      tasklist.awaitText(By.id("pangkat-tujuan"), t -> t.contains("(" + calon.golonganTujuan() + ")"));
      tasklist.awaitText(By.id("hasil-aturan"), t -> t.startsWith("Perlu verifikasi — Predikat kinerja (KP-KINERJA):")
          && t.contains("Memenuhi — Masa kerja dalam pangkat terakhir (KP-MASA-PANGKAT):"));
    });
    // rule codes (KP-KEPPRES) are the only capitals the verifier reads
    assertThat(tasklist.text(By.cssSelector("form.meritflow-formulir")).replaceAll("\\(KP-[A-Z-]+\\)", ""))
        .as("no enum names or JSON on the verification form")
        .doesNotContain("PRESTASI_LUAR_BIASA", "PERLU_VERIFIKASI", "LULUS", "KEPPRES", "DELEGASI", "[{", "\"kode\"");
    tasklist.claim();

    // when the verifier approves
    tasklist.selectByText("keputusan", "Setuju");
    tasklist.completeTask(taskId);

    // then the verifier made the decision the process routes on, and the SK is signed
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(kasus).variableName("keputusanVerifikasi")
        .singleResult().getValue()).isEqualTo("SETUJU");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("verifikator-bkn");
    kp.awaitIdle(60);
    var usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
    assertThat(usulan.get("status").asText()).isEqualTo("SK_TERBIT");
    assertThat(usulan.get("nomorSk").asText()).isNotBlank();
  }
}
