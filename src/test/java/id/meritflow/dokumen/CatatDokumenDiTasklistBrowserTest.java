package id.meritflow.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.mutasi.proses.MutasiProposals;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator records the Mendagri's approval in the real Tasklist with the embedded form of
 * "Catat dokumen persetujuan", uploads the letter, and completes; BKN's verifier then finds the
 * letter in the review form and opens it with the webapps' session.
 */
@MeritFlowIntegrationTest
class CatatDokumenDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void operatorUploadsTheApprovalLetterAndRecordsItAndTheVerifierOpensIt() throws Exception {
    // given a Cimahi transfer two months after the mayor's inauguration, waiting for the approval (POL-162-3)
    MutasiProposals proposals = new MutasiProposals(rest, jdbc);
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow(() ->
        new AssertionError("the demo registry has no clean pelaksana transfer in Cimahi"));
    LocalDate before = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    Path surat = Files.createTempFile("persetujuan-mendagri-", ".pdf");
    Files.write(surat, DokumenKasusApiTest.PDF);
    String kasus = null;
    String review = null;
    try {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'",
          SuiteClock.hariIni().minusMonths(2));
      kasus = JSON.readTree(proposals.post("operator-cimahi", "/api/mutasi", proposal).getBody()).get("id").asText();
      String taskId = EngineAwait.task(taskService, kasus, "Task_CatatDokumen");

      // when the operator opens the task, uploads the letter and fills in the approval
      Tasklist tasklist = new Tasklist(browser.driver(), port, "CatatDokumenDiTasklist");
      tasklist.loginAs("operator-cimahi", "demo");
      tasklist.openTask(taskId);
      tasklist.claim();
      tasklist.selectByText("kode-aturan", "POL-162-3");
      tasklist.typeInto(By.id("nomor-dokumen"), "100.2.2.6/1234/OTDA");
      tasklist.setDate("tanggal-dokumen", SuiteClock.hariIni());
      tasklist.typeInto(By.id("penerbit-dokumen"), "Menteri Dalam Negeri");
      tasklist.selectByText("jenis-dokumen", "Surat persetujuan");
      tasklist.step("choose-file", () -> browser.driver().findElement(By.id("berkas-dokumen"))
          .sendKeys(surat.toAbsolutePath().toString()));
      tasklist.click(By.id("unggah-dokumen"));

      // then the letter is listed with the case
      tasklist.step("uploaded", () -> tasklist.visible(By.xpath("//ul[@id='daftar-dokumen']//a[contains(@class,'tautan-dokumen')]"
          + "[normalize-space()='" + surat.getFileName() + "']")));

      // and when the task is completed, the approval is recorded and the case goes to BKN's verifier
      tasklist.completeTask(taskId);
      review = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", before);
    }
    assertThat(runtimeService.getVariable(kasus, "dokumenPersetujuan").toString()).contains("POL-162-3")
        .contains("100.2.2.6/1234/OTDA");
    assertThat(jdbc.queryForObject("select count(*) from dokumen_kasus where kasus_id = ?", Long.class, kasus)).isOne();

    // and the verifier sees the letter in the review form and opens it with the webapps' session
    browser.driver().manage().deleteAllCookies();
    Tasklist verifikator = new Tasklist(browser.driver(), port, "CatatDokumenDiTasklist-verifikator");
    verifikator.loginAs("verifikator-bkn", "demo");
    verifikator.openTask(review);
    By tautan = By.xpath("//ul[@id='daftar-dokumen']//a[contains(@class,'tautan-dokumen')][normalize-space()='"
        + surat.getFileName() + "']");
    String[] href = new String[1];
    verifikator.step("review-lists-document", () -> href[0] = verifikator.visible(tautan).getDomAttribute("href"));
    Object jawaban = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) {"
            + " done(r.status + ' ' + r.headers.get('Content-Type')); });", href[0]);
    assertThat(jawaban).isEqualTo("200 application/pdf");

    // and the review form still completes: the verifier refuses, and the case ends there
    verifikator.claim();
    verifikator.selectByText("keputusan", "Tolak");
    verifikator.completeTask(review);
    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("keputusanTinjauan").singleResult().getValue()).isEqualTo("TOLAK");
  }
}
