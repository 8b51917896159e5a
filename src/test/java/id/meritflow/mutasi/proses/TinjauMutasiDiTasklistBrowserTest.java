package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BKN's verifier reviews a politically timed transfer in the real Tasklist: logs in, opens the
 * review task, sees the check results, the recommendation's explanation and the risk in the Camunda
 * Form, agrees, and the engine carries the case to its end.
 */
@MeritFlowIntegrationTest
class TinjauMutasiDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration UI_WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    HeadlessChromium.assumeInstalled();
    browser = HeadlessChromium.start();
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void verifikatorAgreesToAPoliticallyTimedTransferInTasklistAndTheCaseEnds() throws Exception {
    // given a clean Cimahi transfer made two months after the mayor's inauguration (POL-162-3),
    // whose Mendagri approval is recorded, so it waits for BKN's verifier
    String proposal = new MutasiProposals(rest, jdbc).cleanInCimahi("PELAKSANA").orElseThrow(() ->
        new AssertionError("the demo registry has no clean eselon III transfer in Cimahi"));
    String nip = JSON.readTree(proposal).get("nip").asText();
    LocalDate before = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    String kasus;
    String taskId;
    try {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", today().minusMonths(2));
      ResponseEntity<String> created = post("operator-cimahi", "/api/mutasi", proposal);
      assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
      kasus = JSON.readTree(created.getBody()).get("id").asText();
      taskService.complete(awaitTask(kasus, "Task_CatatDokumen"), Map.of("kodeAturan", "POL-162-3",
          "nomor", "100.2.2.6/1234/OTDA", "tanggal", today().toString(), "penerbit", "Menteri Dalam Negeri"));
      taskId = awaitTask(kasus, "Task_TinjauUsulan");
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", before);
    }
    String penjelasan = (String) runtimeService.getVariable(kasus, "penjelasanRekomendasi");
    assertThat(penjelasan).isNotBlank();

    // when the verifier opens the review task in Tasklist
    step("login", () -> {
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.urlContains("#/login"));
      type(By.cssSelector("input[ng-model='username']"), "verifikator-bkn");
      type(By.cssSelector("input[ng-model='password']"), "demo");
      clickable(By.cssSelector("button[type='submit']")).click();
      new WebDriverWait(browser, UI_WAIT).until(d -> !d.getCurrentUrl().contains("#/login"));
    });
    step("open-task", () -> {
      clickable(By.xpath("//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]"
          + "/a[contains(normalize-space(),'Semua Tugas')]")).click();
      clickable(taskInList(taskId)).click();
    });

    // then the form shows the case, the check results, the explanation and the risk
    step("form-rendered", () -> {
      visible(By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
          + "/label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'Keputusan')]"));
      awaitValue(field("input", "NIP pegawai"), v -> v.equals(nip));
      awaitValue(field("textarea", "Hasil pemeriksaan syarat (per aturan)"),
          v -> v.contains("LULUS — MUT-KINERJA") && v.contains("LULUS — POL-162-3"));
      awaitValue(field("textarea", "Penjelasan rekomendasi"), v -> v.equals(penjelasan) && v.contains("Risiko POLITIK"));
      awaitValue(field("input", "Kode risiko (penjelasan di atas)"), v -> v.contains("POLITIK"));
      HeadlessChromium.screenshot(browser, "TinjauMutasiDiTasklist-form");
    });
    step("claim", () -> {
      clickable(By.cssSelector("button.claim")).click();
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    });

    // and when the verifier agrees
    step("approve", () -> {
      By setuju = By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()='Setuju']/input");
      clickCentered(setuju);
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.elementToBeSelected(setuju));
      clickCentered(By.xpath("//button[normalize-space()='Complete']"));
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskId)));
    });

    // then the engine has the review done by the verifier, and the case runs on to its end
    var task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(task.getEndTime()).as("review task completed").isNotNull();
    assertThat(task.getAssignee()).isEqualTo("verifikator-bkn");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("keputusanTinjauan").singleResult().getValue()).isEqualTo("SETUJU");
    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_MutasiSelesai");
  }

  /** A form-js field by its label. */
  private static By field(String element, String label) {
    return By.xpath("//label[normalize-space()='" + label + "']/following::" + element + "[1]");
  }

  private void awaitValue(By by, java.util.function.Predicate<String> expected) {
    new WebDriverWait(browser, UI_WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> by + " has value '" + browser.findElement(by).getDomProperty("value") + "'")
        .until(d -> {
          String value = visible(by).getDomProperty("value");
          return value != null && expected.test(value);
        });
  }

  /** The task's entry in Tasklist's list: its link carries the task id. */
  private static By taskInList(String taskId) {
    return By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']");
  }

  private WebElement visible(By by) {
    return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebElement clickable(By by) {
    return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Scrolls the element to the middle of Tasklist's pane and clicks, again until the click lands. */
  private void clickCentered(By by) {
    new WebDriverWait(browser, UI_WAIT)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          WebElement element = clickable(by);
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return true;
        });
  }

  /** Types and checks the field kept the text (Angular may re-render a field while it loads). */
  private void type(By by, String text) {
    new WebDriverWait(browser, UI_WAIT).ignoring(StaleElementReferenceException.class)
        .until(d -> {
          WebElement field = visible(by);
          field.clear();
          field.sendKeys(text);
          return text.equals(field.getDomProperty("value"));
        });
  }

  /** Runs a UI step; on failure keeps a screenshot and the start of the page for the message. */
  private void step(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      var shot = HeadlessChromium.screenshot(browser, "TinjauMutasiDiTasklist-" + name);
      String page = browser.getPageSource();
      throw new AssertionError("Tasklist step '" + name + "' failed at " + browser.getCurrentUrl()
          + "; screenshot " + shot + "; page source: "
          + page.substring(0, Math.min(page.length(), 3000)), e);
    }
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private String awaitTask(String kasus, String key) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      var task = taskService.createTaskQuery().processInstanceId(kasus).taskDefinitionKey(key).singleResult();
      if (task != null) {
        return task.getId();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no task " + key + " after 30 s");
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta"));
  }
}
