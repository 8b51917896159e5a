package id.meritflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.BrowserSession;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.Tasklist;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit, Admin and Welcome, as the administrator, in a browser whose own language is English: each speaks Bahasa
 * Indonesia, without the CE end-of-life banner; the footer's link switches that browser to English.
 */
@MeritFlowIntegrationTest
class WebappBahasaBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void cockpitAdminAndWelcomeSpeakIndonesianAndTheFooterLinkSwitchesToEnglish() {
    WebDriver driver = browser.driver();
    Tasklist app = new Tasklist(driver, port, "WebappBahasa");

    app.loginAs("admin", "demo");
    app.openPage("/camunda/app/cockpit/default/#/dashboard");
    started(driver, "cockpit");
    app.step("cockpit", () -> app.awaitText(By.cssSelector("[cam-widget-header]"), t -> t.contains("Proses") && t.contains("Keputusan")));
    assertThat(app.text(By.tagName("body"))).doesNotContain("Processes", "Decisions", "migrate to Camunda 8");

    app.openPage("/camunda/app/admin/default/#/users");
    started(driver, "admin");
    app.step("admin", () -> app.awaitText(By.cssSelector("[cam-widget-header]"), t -> t.contains("Pengguna") && t.contains("Kelompok")));
    assertThat(app.text(By.tagName("body"))).doesNotContain("Users", "Groups", "Authorizations");

    app.openPage("/camunda/app/welcome/default/#!/welcome");
    started(driver, "welcome");
    app.step("welcome", () -> app.awaitText(By.tagName("body"), t -> t.contains("Aplikasi") && t.contains("Profil")));
    assertThat(app.text(By.tagName("body"))).doesNotContain("Applications", "Profile");

    app.step("switch-to-english", () -> {
      app.click(By.id("meritflow-bahasa"));
      new WebDriverWait(driver, Tasklist.UI_WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains("Applications"));
    });
    app.step("switch-back", () -> {
      app.click(By.id("meritflow-bahasa"));
      new WebDriverWait(driver, Tasklist.UI_WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains("Aplikasi"));
    });
  }

  /**
   * Each app parses its own bundle of several megabytes before it draws anything; on a busy 2-core
   * machine that alone has taken longer than the usual UI wait, so the first render gets its own.
   */
  private static void started(WebDriver driver, String app) {
    new WebDriverWait(driver, Duration.ofSeconds(120)).withMessage(app + " did not start")
        .until(d -> !d.findElements(By.cssSelector("[cam-widget-header]")).isEmpty());
  }
}
