package id.meritflow.penandatanganan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.SkTestData;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An anonymous visitor on a phone-sized Chromium checks an SK at /verifikasi-sk: the PDF as issued,
 * then a copy with one byte changed, and reads both answers.
 */
@MeritFlowIntegrationTest
class VerifikasiSkDiBrowserTest {

  @LocalServerPort int port;
  @Autowired PenandatangananService penandatanganan;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void anonymousVisitorUploadsTheIssuedAndATamperedSkAndReadsBothAnswers(@TempDir Path dir) throws Exception {
    // given the PDF of an issued SK and a copy with one byte changed
    SuratKeputusan sk = penandatanganan.terbitkan(SkTestData.aMutasi(), SkTestData.aDelegate());
    byte[] pdf = penandatanganan.pdf(sk.nomor()).orElseThrow();
    byte[] changed = pdf.clone();
    changed[200] = (byte) (changed[200] ^ 0x01);
    Path asli = Files.write(dir.resolve("sk-asli.pdf"), pdf);
    Path diubah = Files.write(dir.resolve("sk-diubah.pdf"), changed);
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      // when an anonymous visitor opens the page and uploads the issued PDF
      driver.get("http://localhost:" + port + "/verifikasi-sk");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Verifikasi Surat Keputusan");
      WebElement first = upload(driver, asli, null);

      // then the answer is SAH: valid signature, the registered document, no revocation recorded
      assertThat(first.getText()).isEqualTo("SAH");
      String hasil = driver.findElement(By.id("hasil")).getText();
      assertThat(hasil).contains("Valid", "Ya: SHA-256 sama dengan arsip SK", "Tidak tercatat dicabut");
      assertThat(driver.findElement(By.id("sk")).getText()).contains(sk.nomor(), "Pemerintah Kota Cimahi")
          .doesNotContain(SkTestData.NIP).doesNotContain("Budi Santoso");
      // and on a phone screen no word is broken in the middle and nothing overflows sideways
      assertThat(linesOf(driver, "Kepegawaian")).isEqualTo(1);
      assertThat(((Number) js(driver).executeScript(
          "return document.documentElement.scrollWidth - window.innerWidth")).intValue()).isLessThanOrEqualTo(0);

      // when the visitor uploads the changed copy with the form on the answer page
      WebElement second = upload(driver, diubah, first);

      // then the answer is TIDAK SAH and says the file differs from the registered SK
      assertThat(second.getText()).isEqualTo("TIDAK SAH");
      assertThat(driver.findElement(By.id("hasil")).getText())
          .contains("TIDAK VALID", "TIDAK: berkas ini berbeda dengan arsip SK nomor " + sk.nomor());
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\nscreenshot: "
          + HeadlessChromium.screenshot(driver, "VerifikasiSkDiBrowser"), e);
    }
  }

  /**
   * Chooses the file, submits, and waits for the new answer's status on the fully loaded page. While
   * the answer page replaces the old one, Chromium may answer for an old element with an inspector
   * error instead of "stale"; the wait asks again.
   */
  private static WebElement upload(WebDriver driver, Path file, WebElement previousStatus) {
    driver.findElement(By.id("berkas")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    var wait = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class);
    if (previousStatus != null) {
      wait.until(ExpectedConditions.stalenessOf(previousStatus));
    }
    return wait.until(d -> {
      if (!"complete".equals(js(d).executeScript("return document.readyState"))) {
        return null;
      }
      WebElement status = d.findElement(By.id("status"));
      return status.isDisplayed() ? status : null;
    });
  }

  /** On how many lines the first occurrence of the word is laid out. */
  private static int linesOf(WebDriver driver, String word) {
    return ((Number) js(driver).executeScript("""
        const word = arguments[0];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(word);
          if (at >= 0) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
          }
        }
        return -1;""", word)).intValue();
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }
}
