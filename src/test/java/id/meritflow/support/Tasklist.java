package id.meritflow.support;

import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7.24 Tasklist as a person uses it, for real-browser tests: log in, open a task from the
 * "Semua Tugas" filter, read and fill its Camunda Form, claim and complete. Every step keeps a
 * screenshot and the start of the page when it fails.
 */
public final class Tasklist {

  public static final Duration UI_WAIT = Duration.ofSeconds(30);

  private final WebDriver browser;
  private final String baseUrl;
  private final String testName;

  public Tasklist(WebDriver browser, int port, String testName) {
    this.browser = browser;
    this.baseUrl = "http://localhost:" + port;
    this.testName = testName;
  }

  public void loginAs(String user, String password) {
    step("login", () -> {
      browser.get(baseUrl + "/camunda/app/tasklist/");
      // The app redirects and re-renders the login view once; type only into the final one.
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.urlContains("#/login"));
      // If the view re-renders between typing and the click, the form is sent empty and refused
      // ("Gagal Masuk"); as a person would, type again (at most three times).
      for (int attempt = 1; ; attempt++) {
        type(By.cssSelector("input[ng-model='username']"), user);
        type(By.cssSelector("input[ng-model='password']"), password);
        clickable(By.cssSelector("button[type='submit']")).click();
        try {
          new WebDriverWait(browser, attempt < 3 ? Duration.ofSeconds(10) : UI_WAIT)
              .until(d -> !d.getCurrentUrl().contains("#/login"));
          return;
        } catch (org.openqa.selenium.TimeoutException e) {
          if (attempt >= 3) {
            throw e;
          }
        }
      }
    });
  }

  /** Ends the webapps' session (its cookie), so the next {@link #loginAs} shows the login page. */
  public void logout() {
    step("logout", () -> {
      browser.manage().deleteAllCookies();
      browser.get(baseUrl + "/camunda/app/tasklist/");
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.urlContains("#/login"));
    });
  }

  /** Opens one of the app's own pages (same session as the webapps), e.g. "/usulan-saya". */
  public void openPage(String path) {
    step("open-" + path, () -> browser.get(baseUrl + path));
  }

  public void openTask(String taskId) {
    step("open-task", () -> {
      clickable(By.xpath("//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]"
          + "/a[contains(normalize-space(),'Semua Tugas')]")).click();
      clickable(taskInList(taskId)).click();
    });
  }

  /** The form becomes editable (and re-renders) once the task is the user's. */
  public void claim() {
    step("claim", () -> {
      clickable(By.cssSelector("button.claim")).click();
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    });
  }

  /** Chooses a radio option by its label and completes the task; waits until it leaves the list. */
  public void chooseAndComplete(String taskId, String optionLabel) {
    step("complete", () -> {
      By option = By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()='" + optionLabel + "']/input");
      clickCentered(option);
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.elementToBeSelected(option));
      clickCentered(By.cssSelector("button[ng-click='complete()']"));
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskId)));
    });
  }

  /** The input or textarea right after a form label. */
  public static By field(String element, String label) {
    return By.xpath("//label[normalize-space()='" + label + "']/following::" + element + "[1]");
  }

  /** A radio group's label, e.g. "Keputusan" (the label text may end with "*"). */
  public static By radioLabel(String startsWith) {
    return By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
        + "/label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'" + startsWith + "')]");
  }

  public void awaitValue(By by, Predicate<String> expected) {
    new WebDriverWait(browser, UI_WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> by + " has value '" + browser.findElement(by).getDomProperty("value") + "'")
        .until(d -> expected.test(d.findElement(by).getDomProperty("value")));
  }

  /** Waits until the visible text of an element (e.g. a block of an embedded form) satisfies the check. */
  public void awaitText(By by, Predicate<String> expected) {
    new WebDriverWait(browser, UI_WAIT).ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .withMessage(() -> by + " has text '" + text(by) + "'")
        .until(d -> expected.test(d.findElement(by).getText().trim()));
  }

  /** Waits until the visible text of a select's chosen option (e.g. a prefilled list) satisfies the check. */
  public void awaitSelectedText(String selectId, Predicate<String> expected) {
    By by = By.id(selectId);
    new WebDriverWait(browser, UI_WAIT).ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .withMessage(() -> selectId + " shows '" + selectedText(by) + "'")
        .until(d -> expected.test(selectedText(by)));
  }

  private String selectedText(By by) {
    var found = browser.findElements(by);
    return found.isEmpty() ? ""
        : new org.openqa.selenium.support.ui.Select(found.get(0)).getFirstSelectedOption().getText().trim();
  }

  /** The visible text of an element, or "" when it is not on the page. */
  public String text(By by) {
    var found = browser.findElements(by);
    return found.isEmpty() ? "" : found.get(0).getText().trim();
  }

  public WebElement visible(By by) {
    return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Opens Tasklist's start dialog and picks a process by its name; its start form renders. When the
   * list re-renders under the click and no form comes, the person reloads Tasklist and picks again
   * (at most three times).
   */
  public void startProcess(String processName) {
    step("start-" + processName, () -> {
      for (int attempt = 1; ; attempt++) {
        clickable(By.xpath("//a[span[contains(@class,'glyphicon-list-alt')]]")).click();
        clickable(By.xpath("//a[starts-with(@ng-click,'selectProcessDefinition')][normalize-space()='" + processName + "']")).click();
        try {
          new WebDriverWait(browser, attempt < 3 ? Duration.ofSeconds(15) : UI_WAIT)
              .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.meritflow-formulir")));
          return;
        } catch (org.openqa.selenium.TimeoutException e) {
          if (attempt >= 3) {
            throw e;
          }
          browser.get(baseUrl + "/camunda/app/tasklist/");
        }
      }
    });
  }

  /** Tasklist's own start button of the start dialog. */
  public void clickStartButton() {
    step("click-start", () -> clickCentered(By.cssSelector("button[ng-click='startProcessInstance()']")));
  }

  /** Types into the employee search of a MeritFlow start form and picks the row of that NIP. */
  public void pickEmployee(String searchText, String nip) {
    step("pick-employee", () -> {
      type(By.id("cari-pegawai"), searchText);
      clickCentered(By.xpath("//a[contains(@class,'pilihan-pegawai')][contains(normalize-space(),'" + nip + "')]"));
    });
  }

  /** Chooses an option of a select by its visible text (lists load after the previous choice). */
  public void selectByText(String selectId, String textStartsWith) {
    step("select-" + selectId, () -> new WebDriverWait(browser, UI_WAIT).ignoring(StaleElementReferenceException.class)
        .until(d -> {
          WebElement select = d.findElement(By.id(selectId));
          for (WebElement option : select.findElements(By.tagName("option"))) {
            if (option.getText().trim().startsWith(textStartsWith)) {
              new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(option.getText().trim());
              return true;
            }
          }
          return false;
        }));
  }

  /** Sets a date input the way Angular reads it (the browser's own date widget is locale-bound). */
  public void setDate(String inputId, java.time.LocalDate date) {
    step("date-" + inputId, () -> ((JavascriptExecutor) browser).executeScript(
        "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
            + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
        inputId, date.toString()));
  }

  public void typeInto(By by, String text) {
    step("type", () -> type(by, text));
  }

  /** Clicks a task in the current list by the text of its name, e.g. the employee's name. */
  public void openTaskNamed(String filterName, String nameContains) {
    step("open-task-named", () -> {
      clickable(By.xpath("//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]"
          + "/a[contains(normalize-space(),'" + filterName + "')]")).click();
      clickable(By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4[contains(@class,'task')]"
          + "/a[contains(normalize-space(),'" + nameContains + "')]")).click();
    });
  }

  public void click(By by) {
    step("click", () -> clickCentered(by));
  }

  /** Completes the open task with Tasklist's own button (embedded forms). */
  public void completeTask(String taskId) {
    step("complete-task", () -> {
      clickCentered(By.cssSelector("button[ng-click='complete()']"));
      new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskId)));
    });
  }

  /** Runs a UI step; on failure keeps a screenshot and the start of the page for the message. */
  public void step(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      var shot = HeadlessChromium.screenshot(browser, testName + "-" + name);
      String page = browser.getPageSource();
      throw new AssertionError("Tasklist step '" + name + "' failed at " + browser.getCurrentUrl()
          + "; screenshot " + shot + "; page source: " + page.substring(0, Math.min(page.length(), 3000)), e);
    }
  }

  private static By taskInList(String taskId) {
    return By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']");
  }

  private WebElement clickable(By by) {
    return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.elementToBeClickable(by));
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
}
