package id.meritflow.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian Chromium and chromedriver, headless, for real-browser tests. Both paths are set
 * explicitly so Selenium Manager never downloads a browser or driver at run time; without them
 * the browser tests are skipped (and CI fails on the skip).
 */
public final class HeadlessChromium {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private HeadlessChromium() {}

  /** Skips the calling test when the Debian packages are not installed. */
  public static void assumeInstalled() {
    assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
        "Real-browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. "
            + "Enable it with: apt-get install chromium chromium-driver");
  }

  public static ChromeDriver start() {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory("meritflow-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    return new ChromeDriver(service, options);
  }

  /** Saves a screenshot and the page source under target/ and returns where, for a failure message. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Path target = Path.of("target", "browser-screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(target.resolveSibling(name + ".html"), driver.getPageSource());
      return target.toAbsolutePath();
    } catch (IOException | RuntimeException e) {
      return Path.of("(no screenshot: " + e.getMessage() + ")");
    }
  }
}
