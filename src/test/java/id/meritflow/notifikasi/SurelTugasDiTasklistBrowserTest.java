package id.meritflow.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.mutasi.proses.MutasiProposals;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The walk-through in a real browser: a transfer that needs review is proposed; the
 * administrator sees the verifier's digest mail on the demo mail page; its link, opened by the
 * verifier, logs in and opens that very task in Tasklist, where the bell shows it too.
 */
@MeritFlowIntegrationTest
class SurelTugasDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired PengirimNotifikasi pengirim;
  @Autowired PenyusunRingkasan ringkasan;
  @Autowired NotifikasiProperties properties;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @AfterEach
  void clock() {
    SuiteClock.reset();
  }

  @Test
  void theVerifiersMailOnTheDemoMailPageLinksToTheReviewTaskInTasklist() throws Exception {
    // given a transfer the assessment sends to review, proposed by Cimahi's operator
    var proposals = new MutasiProposals(rest, jdbc);
    String usulan = proposals.needingReviewInCimahi("ADMINISTRATOR", 1, java.util.Set.of()).stream().findFirst()
        .or(() -> {
          try {
            return proposals.needingReviewInCimahi("FUNGSIONAL", 1, java.util.Set.of()).stream().findFirst();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).orElseThrow(() -> new AssertionError("no transfer needing review in the demo registry"));
    var created = proposals.post("operator-cimahi", "/api/mutasi", usulan);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String kasus = JSON.readTree(created.getBody()).get("id").asText();
    String tugas = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    String nama = taskService.createTaskQuery().taskId(tugas).singleResult().getName();

    // when the digest interval has passed and the delivery job has run
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.ringkasanInterval())
        .plusSeconds(1)));
    ringkasan.susunYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();

    // then the administrator finds the verifier's mail naming the task on the demo mail page
    Tasklist app = new Tasklist(browser.driver(), port, "SurelTugasDiTasklist");
    app.loginAs("admin", "demo");
    app.openPage("/demo/surel");
    var wait = new WebDriverWait(browser.driver(), Tasklist.UI_WAIT);
    String xpath = "//article[.//div[contains(.,'verifikator-bkn@')]][.//a[contains(@href,'task=" + tugas + "')]]";
    WebElement surel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(xpath)));
    assertThat(surel.getText()).contains("tugas baru menunggu Anda").contains(nama);
    String tautan = surel.findElement(By.xpath(".//a[contains(@href,'task=" + tugas + "')]")).getDomAttribute("href");
    assertThat(tautan).startsWith(properties.urlAplikasi() + "/camunda/app/tasklist/default/#/?task=");

    // when the verifier follows it (on this test server's port), logging in on the way
    app.logout();
    browser.driver().get(tautan.replace(properties.urlAplikasi(), "http://localhost:" + port));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys("verifikator-bkn");
    browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();

    // then Tasklist opens that task, and the bell in the navbar counts unread notifications
    app.awaitText(By.cssSelector(".task-details .names h2, .task-details h2"), t -> t.contains(nama));
    assertThat(browser.driver().getCurrentUrl()).contains("task=" + tugas);
    app.awaitText(By.cssSelector("#meritflow-notifikasi .meritflow-lencana"), t -> !t.isEmpty() && !t.equals("0"));
    app.click(By.id("meritflow-notifikasi"));
    // the dropdown lists the newest ten (other tests of the suite wrote some with a clock moved ahead)
    app.awaitText(By.id("meritflow-notifikasi-daftar"), t -> t.startsWith("Notifikasi") && t.contains("Tugas baru: ")
        || t.contains("Eskalasi: ") || t.contains("Pengingat: "));
    assertThat(jdbc.queryForObject("select count(*) from notifikasi where task_id = ? and penerima = 'verifikator-bkn' "
        + "and kanal = 'KOTAK_MASUK' and subjek = ?", Integer.class, tugas, "Tugas baru: " + nama)).isOne();
  }
}
