package id.meritflow.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal in a real browser: an employee on a phone-sized screen, and a PPK. Same login as the webapps. */
@MeritFlowIntegrationTest
class LayananPegawaiBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void dewiLogsInAtLayananSeesHerCaseAndDownloadsHerSkButNotAnothers() {
    // given a proposal and a signed SK about Dewi, and an SK about Budi
    var data = new LayananTestData(runtime, history);
    String kasus = data.pemutakhiran(DemoPegawai.DEWI_NIP);
    String sk = data.skDelegasi(DemoPegawai.DEWI_NIP, "III/d");
    String skBudi = data.skDelegasi(DemoPegawai.BUDI_NIP, "IV/b");
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(new Dimension(390, 844));

    // when she opens /layanan on a phone-sized screen and logs in
    step(driver, "login", () -> login(driver, "/layanan", "pegawai-dewi"));

    // then her case shows its current step and her SK downloads as a PDF
    WebElement row = step(driver, "case", () -> visible(driver, By.cssSelector("#tabel-usulan tr[data-nomor='" + kasus + "']")));
    assertThat(row.getText()).contains("Pemutakhiran Data Pendidikan").contains("Verifikasi usulan pemutakhiran");
    WebElement skRow = step(driver, "sk", () -> visible(driver, By.cssSelector("#tabel-sk tr[data-nomor='" + sk + "']")));
    assertThat(skRow.getText()).contains("Kenaikan pangkat").doesNotContain("KENAIKAN_PANGKAT");
    String href = skRow.findElement(By.cssSelector("a.unduh-sk")).getDomProperty("href");
    Map<?, ?> pdf = fetch(driver, href);
    assertThat(pdf.get("status")).isEqualTo(200L);
    assertThat((String) pdf.get("type")).startsWith("application/pdf");
    assertThat(pdf.get("awal")).isEqualTo("%PDF");
    assertThat(driver.findElement(By.id("data-pegawai")).getText()).contains("Dewi Lestari").contains(DemoPegawai.DEWI_NIP);

    // and another employee's SK is not found
    Map<?, ?> lain = fetch(driver, "/api/sk/pdf?nomor=" + java.net.URLEncoder.encode(skBudi, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(lain.get("status")).isEqualTo(404L);
    assertThat(driver.findElements(By.cssSelector("tr[data-nomor='" + skBudi + "']"))).isEmpty();
  }

  @Test
  void budiProposesHisEducationUpdateFromThePortalAndSeesItInHisCases() {
    WebDriver driver = browser.driver();
    step(driver, "login-budi", () -> login(driver, "/layanan", "pegawai-budi"));

    // when he sends the form empty, then filled in (a write through the webapps' session and CSRF token)
    step(driver, "kosong", () -> {
      driver.findElement(By.cssSelector("#form-pemutakhiran button[type='submit']")).click();
      new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[data-galat='bidangPendidikan']"), "wajib diisi"));
    });
    step(driver, "isi", () -> {
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("pendidikanBaru"))).selectByVisibleText("Doktor (S3)");
      driver.findElement(By.id("bidangPendidikan")).sendKeys("Ilmu Pemerintahan");
      driver.findElement(By.id("perguruanTinggi")).sendKeys("Institut Pemerintahan Dalam Negeri");
      driver.findElement(By.id("nomorIjazah")).sendKeys("IPDN/2026/77");
      ((JavascriptExecutor) driver).executeScript("document.getElementById('tanggalIjazah').value = '2026-08-28';");
      driver.findElement(By.cssSelector("#form-pemutakhiran button[type='submit']")).click();
    });

    // then the case is proposed and listed among his cases, waiting for BKN's verifier
    WebElement hasil = step(driver, "hasil", () -> visible(driver, By.id("hasil-pemutakhiran")));
    assertThat(hasil.getText()).contains("telah diajukan");
    String nomor = hasil.getText().replaceAll("^Usulan (\\S+) .*$", "$1");
    WebElement row = step(driver, "kasus-baru", () -> visible(driver, By.cssSelector("#tabel-usulan tr[data-nomor='" + nomor + "']")));
    assertThat(row.getText()).contains("Verifikasi usulan pemutakhiran");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getTenantId())
        .isEqualTo("cimahi");
  }

  @Test
  void thePpkOfCimahiSeesADelegatedSkInItsList() {
    // given an SK of Kota Cimahi signed by delegation in the PPK's name
    String sk = new LayananTestData(runtime, history).skDelegasi(DemoPegawai.DEWI_NIP, "III/d");
    WebDriver driver = browser.driver();

    // when Cimahi's PPK opens SK atas nama saya
    step(driver, "login-ppk", () -> login(driver, "/layanan/sk-atas-nama-saya", "ppk-cimahi"));

    // then the SK is listed with the employee, the delegation and a download link
    WebElement row = step(driver, "ppk-list", () -> visible(driver, By.cssSelector("#tabel-sk tr[data-nomor='" + sk + "']")));
    assertThat(row.getText()).contains("Dewi Lestari").contains("Delegasi (a.n.)").contains("Unduh PDF");
  }

  private void login(WebDriver driver, String path, String user) {
    driver.get("http://localhost:" + port + path);
    visible(driver, By.id("pengguna")).sendKeys(user);
    driver.findElement(By.id("sandi")).sendKeys("demo");
    driver.findElement(By.id("tombol-masuk")).click();
    visible(driver, By.id("isi"));
  }

  /** Fetches a URL with the page's session; answers the status, content type and first bytes. */
  private static Map<?, ?> fetch(WebDriver driver, String url) {
    return (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
          return r.arrayBuffer().then(function (b) {
            done({status: r.status, type: r.headers.get('Content-Type') || '',
                  awal: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))});
          });
        }).catch(function (e) { done({status: -1, type: String(e), awal: ''}); });""", url);
  }

  private static WebElement visible(WebDriver driver, By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private <T> T step(WebDriver driver, String name, java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      var shot = HeadlessChromium.screenshot(driver, "LayananPegawaiBrowserTest-" + name);
      throw new AssertionError("step '" + name + "' failed at " + driver.getCurrentUrl() + "; screenshot " + shot, e);
    }
  }

  private void step(WebDriver driver, String name, Runnable action) {
    step(driver, name, () -> {
      action.run();
      return null;
    });
  }
}
