package id.meritflow.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A headless Chromium per test, for browser tests: {@code @RegisterExtension final BrowserSession
 * browser = new BrowserSession();}. Skips the test when Chromium is not installed.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

  private WebDriver driver;

  @Override
  public void beforeEach(ExtensionContext context) {
    HeadlessChromium.assumeInstalled();
    driver = HeadlessChromium.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  public WebDriver driver() {
    return driver;
  }
}
