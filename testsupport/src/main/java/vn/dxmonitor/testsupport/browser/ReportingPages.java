package vn.dxmonitor.testsupport.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reporters' form and the verifiers' queue as a person uses them, for the browser tests of the
 * dashboard and of the whole platform: one figure of one unit, entered, saved, submitted, returned
 * and accepted by clicking the pages' own buttons.
 */
public final class ReportingPages {

  private final ChromeDriver driver;
  private final String base;
  private final String unit;
  private final String indicator;

  public ReportingPages(ChromeDriver driver, int port, String unit, String indicator) {
    this.driver = driver;
    this.base = "http://localhost:" + port;
    this.unit = unit;
    this.indicator = indicator;
  }

  /** Opens the reporter's form of the unit for {@code period}, e.g. {@code 2026-Q4}. */
  public WebElement openForm(String period) {
    driver.get(base + "/reporting/form?unit=" + unit + "&period=" + period);
    return line();
  }

  /** The figure's card on the open form. */
  public WebElement line() {
    return driver.findElement(By.cssSelector("#figure-" + indicator));
  }

  /** The figure's state on the open form: {@code NEW}, {@code DRAFT}, {@code SUBMITTED}, … */
  public String state() {
    return line().getAttribute("data-state");
  }

  /** Replaces the value typed in the figure's field, as the reporter types it ({@code 87,5}). */
  public void typeValue(String value) {
    WebElement field = line().findElement(By.name("value"));
    field.clear();
    field.sendKeys(value);
  }

  /** Chooses {@code file} as the figure's evidence, uploaded when the draft is saved. */
  public void attachEvidence(Path file) {
    line().findElement(By.name("evidenceFile")).sendKeys(file.toAbsolutePath().toString());
  }

  /** Uploads {@code file} through the form's bulk entry; the outcome the page shows. */
  public WebElement uploadBulk(Path file) {
    driver.findElement(By.id("bulk-file")).sendKeys(file.toAbsolutePath().toString());
    press(driver.findElement(By.id("bulk-upload")));
    return driver.findElement(By.id("bulk-outcome"));
  }

  /** Saves the draft; the confirmation the page shows. */
  public String save() {
    press(line().findElement(By.cssSelector("button.save")));
    return driver.findElement(By.id("submit-done")).getText();
  }

  /** Sends the figure for verification. */
  public void submit() {
    press(line().findElement(By.cssSelector("button.submit")));
  }

  /** Opens the queue of the verifier's {@code root}. */
  public void openQueue(String root) {
    driver.get(base + "/reporting/verify?unit=" + root);
  }

  /** The figure's row in the open queue. */
  public WebElement waiting() {
    return driver.findElement(
        By.cssSelector(
            "#waiting tr[data-unit='" + unit + "'][data-indicator='" + indicator + "']"));
  }

  /** Returns the figure with {@code comment}; the confirmation the page shows. */
  public String returnWith(String comment) {
    WebElement row = waiting();
    row.findElement(By.name("comment")).sendKeys(comment);
    press(row.findElement(By.cssSelector("button.return")));
    return driver.findElement(By.id("submit-done")).getText();
  }

  /** Accepts the figure, publishing it; the confirmation the page shows. */
  public String accept() {
    press(waiting().findElement(By.cssSelector("button.accept")));
    return driver.findElement(By.id("submit-done")).getText();
  }

  /** Clicks a form's button and waits until the page it leads to has replaced this one. */
  public void press(WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(done -> isGone(page));
  }

  /**
   * Whether the element's document has been replaced. Chromium answers a question about a node of a
   * document being unloaded either as a stale element or, mid-navigation, with an inspector error
   * that the node "does not belong to the document": both mean the page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }
}
