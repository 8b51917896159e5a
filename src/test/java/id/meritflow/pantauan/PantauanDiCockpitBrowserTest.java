package id.meritflow.pantauan;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.BrowserSession;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervisor opens Cockpit and, without typing a query, reads which agency has a step past its
 * SLA on the dashboard and on the Pantauan page, then clicks through to the case's instance.
 */
@MeritFlowIntegrationTest
class PantauanDiCockpitBrowserTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  private String kasus;

  @AfterEach
  void resetClockAndCase() {
    SuiteClock.reset();
    if (kasus != null && runtime.createProcessInstanceQuery().processInstanceId(kasus).count() > 0) {
      runtime.deleteProcessInstance(kasus, "uji pantauan selesai");
    }
  }

  @Test
  void supervisorSeesTheAgencyWithAStepPastItsSlaAndOpensTheCase() {
    // given a Cimahi proposal whose verification (due in 5 working days) is past due: the clock moved 10 days on
    String nip = jdbc.queryForObject("select max(nip) from pegawai where instansi_id = 'cimahi'", String.class);
    String nomor = "UJI-PANTAUAN-" + UUID.randomUUID();
    kasus = runtime.startProcessInstanceByKey("pemutakhiran-pendidikan", nomor, Map.of("nip", nip,
        "pendidikanBaru", "S3", "bidangPendidikan", "Ilmu Pemerintahan", "perguruanTinggi", "Universitas Padjadjaran",
        "nomorIjazah", nomor, "tanggalIjazah", "2026-08-28", "alasan", "Ijazah baru")).getId();
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    ClockUtil.offset(offset + Duration.ofDays(10).toMillis());

    WebDriver driver = browser.driver();
    Tasklist app = new Tasklist(driver, port, "PantauanDiCockpit");
    // when the supervisor logs in to Cockpit (no Tasklist grant) and reads its dashboard
    app.openPage("/camunda/app/cockpit/default/#/dashboard");
    app.step("login", () -> {
      new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.urlContains("#/login"));
      ketik(driver, By.cssSelector("input[ng-model='username']"), "supervisor");
      ketik(driver, By.cssSelector("input[ng-model='password']"), "demo");
      driver.findElement(By.cssSelector("button[type='submit']")).click();
    });
    app.step("dashboard", () -> new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
        d.findElements(By.cssSelector("#mf-pantauan-dasbor table")).stream()
            .anyMatch(t -> t.getText().contains("Pemerintah Kota Cimahi"))));
    String dasbor = app.text(By.id("mf-pantauan-dasbor"));

    // and the Pantauan page through the header link, then the late cases of that agency and step
    app.click(By.linkText("Pantauan"));
    app.step("halaman", () -> new WebDriverWait(driver, Tasklist.UI_WAIT).until(d ->
        !d.findElements(By.cssSelector("#mf-pantauan-halaman a.mf-rinci[href*='instansi=cimahi']")).isEmpty()));
    app.click(By.cssSelector("#mf-pantauan-halaman a.mf-rinci[href*='instansi=cimahi'][href*='Task_VerifikasiUsulan']"));
    By tautan = By.cssSelector("a.mf-kasus[href*='" + kasus + "']");
    app.step("rincian", () -> new WebDriverWait(driver, Tasklist.UI_WAIT).until(d -> !d.findElements(tautan).isEmpty()));
    app.click(tautan);

    // then the dashboard named the agency and step, and the link opened the case in Cockpit
    assertThat(dasbor).contains("Langkah melewati tenggat SLA", "Pemerintah Kota Cimahi",
        "Verifikasi usulan pemutakhiran");
    app.step("instance", () -> new WebDriverWait(driver, Tasklist.UI_WAIT).until(d ->
        d.getCurrentUrl().contains("/process-instance/" + kasus) && d.findElement(By.tagName("body")).getText()
            .contains(nomor)));
  }

  private static void ketik(WebDriver driver, By field, String text) {
    var input = new WebDriverWait(driver, Tasklist.UI_WAIT).until(ExpectedConditions.visibilityOfElementLocated(field));
    input.clear();
    input.sendKeys(text);
  }
}
