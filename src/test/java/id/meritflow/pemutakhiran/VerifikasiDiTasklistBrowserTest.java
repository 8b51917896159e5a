package id.meritflow.pemutakhiran;

import id.meritflow.demo.DemoPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A BKN verifier approves an education update in the real Tasklist: logs in, opens the case's
 * task, sees the Camunda Form with the case's data, approves, and the registry is updated.
 */
@MeritFlowIntegrationTest
class VerifikasiDiTasklistBrowserTest {

  private static final String NIP = DemoPegawai.DEWI_NIP;
  private static final Duration UI_WAIT = Duration.ofSeconds(30);

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

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
  void verifikatorApprovesInTasklistAndRegistryIsUpdated() {
    // given a proposal for Dewi Lestari of Cimahi (demo registry) waiting for verification
    int versiBefore = versiOfDewi();
    String businessKey = "browser-test-" + UUID.randomUUID();
    String processInstanceId = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", businessKey,
        Map.of("nip", NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Magister Administrasi Publik",
            "perguruanTinggi", "Universitas Padjadjaran", "nomorIjazah", "UNPAD/S2/2024/0042",
            "tanggalIjazah", "2024-08-30"))
        .getId();
    String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("Task_VerifikasiUsulan").singleResult().getId();

    // when the verifier approves it in Tasklist
    step("login", () -> {
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      // The app redirects and re-renders the login view once; type only into the final one.
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
    step("form-rendered", () -> {
      visible(By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
          + "/label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'Keputusan verifikasi')]"));
      WebElement nip = visible(By.xpath("//label[normalize-space()='NIP pegawai']/following::input[1]"));
      new WebDriverWait(browser, UI_WAIT).until(d -> NIP.equals(nip.getDomProperty("value")));
    });
    step("claim", () -> {
      clickable(By.cssSelector("button.claim")).click();
      // The form becomes editable (and re-renders) once the task is the verifier's.
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    });
    step("approve", () -> {
      By setujui = By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()='Setujui usulan']/input");
      clickCentered(setujui);
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.elementToBeSelected(setujui));
      clickCentered(By.xpath("//button[normalize-space()='Complete']"));
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskId)));
    });

    // then the engine moved the case on: task done by the verifier, registry updated, case ended
    var task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(task.getEndTime()).as("verification task completed").isNotNull();
    assertThat(task.getAssignee()).isEqualTo("verifikator-bkn");
    var ended = waitFor(Duration.ofSeconds(20), () -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).finished().singleResult());
    assertThat(ended).as("case %s ended (the update runs asynchronously)", businessKey).isNotNull();
    assertThat(ended.getEndActivityId()).isEqualTo("End_DataDiperbarui");
    assertThat(jdbc.queryForMap("select pendidikan, versi from pegawai where nip = ?", NIP))
        .containsEntry("PENDIDIKAN", "S2")
        .containsEntry("VERSI", versiBefore + 1);
  }

  /** The task's entry in Tasklist's list: its link carries the task id. */
  private static By taskInList(String taskId) {
    return By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']");
  }

  private int versiOfDewi() {
    return jdbc.queryForObject("select versi from pegawai where nip = ?", Integer.class, NIP);
  }

  private WebElement visible(By by) {
    return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * The form scrolls inside Tasklist's pane, under a fixed footer, and re-renders once the task is
   * claimed: scroll the element to the middle and click, again until the click lands.
   */
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

  private WebElement clickable(By by) {
    return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Runs a UI step; on failure keeps a screenshot and the start of the page for the message. */
  private void step(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      var shot = HeadlessChromium.screenshot(browser, "VerifikasiDiTasklist-" + name);
      String page = browser.getPageSource();
      throw new AssertionError("Tasklist step '" + name + "' failed at " + browser.getCurrentUrl()
          + "; screenshot " + shot + "; page source: "
          + page.substring(0, Math.min(page.length(), 3000)), e);
    }
  }

  private static <T> T waitFor(Duration timeout, Supplier<T> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = probe.get();
    while (value == null && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      value = probe.get();
    }
    return value;
  }
}
