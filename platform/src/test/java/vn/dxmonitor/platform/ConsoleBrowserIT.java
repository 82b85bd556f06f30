package vn.dxmonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.platform.support.QuickAlerts;
import vn.dxmonitor.testsupport.browser.Browser;

/**
 * The operators' console on the whole platform, in Chromium: a commune far behind raises an alert,
 * and an operator of the province acknowledges, assigns, comments on and silences it from the page.
 * Each action goes to the alerting engine and comes back in the alert's history under the
 * operator's own name; a leader of the province has no console; the catalog browser shows each
 * target with the plan's own words.
 */
@PlatformTest
class ConsoleBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();
  private static final String AN_LAO = "21609";
  private static final String OPERATOR = "vanhanh.gialai";
  private static final String LEADER = "lanhdao.gialai";
  private static final String PASSWORD = "mat-khau-van-hanh-2025";

  private static Path adminKeyFile;

  @LocalServerPort int port;
  @Autowired AlertRules alertRules;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "console-" + RUN);
  }

  @Test
  void anOperatorWorksAnAlertFromTheConsole() throws Exception {
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    QuickAlerts.behindFiresAfterOneSecond(alertRules);
    account(api, OPERATOR, "operator");
    account(api, LEADER, "leader");
    api.postEvents(batch(AN_LAO, 1, 9));
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .until(() -> api.get("/api/v1/alerts?unit=" + AN_LAO + "&state=FIRING").size() == 1);
    String id = api.get("/api/v1/alerts?unit=" + AN_LAO).get(0).get("id").stringValue();

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      browser.signIn(port, OPERATOR, PASSWORD);
      driver.findElement(By.id("nav-console")).click();
      WebElement row =
          driver.findElement(By.cssSelector("#alert-list tr[data-alert='" + id + "']"));
      assertThat(row.getText()).contains("An Lão");
      assertThat(row.findElement(By.cssSelector("[data-field=state]")).getText())
          .isEqualTo("Đang cảnh báo");
      browser.screenshot("console-alerts");
      row.findElement(By.tagName("a")).click();

      driver.findElement(By.cssSelector("#form-ack input[name=comment]")).sendKeys("Đã liên hệ xã");
      assertThat(submit(driver, "ack")).isEqualTo("Đã tiếp nhận cảnh báo.");
      assertThat(driver.findElement(By.id("alert-ack")).getText()).isEqualTo("user:" + OPERATOR);

      driver.findElement(By.id("assignee")).clear();
      driver.findElement(By.id("assignee")).sendKeys("Nguyễn Văn An");
      assertThat(submit(driver, "assign")).isEqualTo("Đã giao việc.");
      assertThat(driver.findElement(By.id("alert-assignee")).getText()).isEqualTo("Nguyễn Văn An");

      driver.findElement(By.id("comment")).sendKeys("Xã hẹn cập nhật số liệu trong tuần");
      assertThat(submit(driver, "add-comment")).isEqualTo("Đã thêm ghi chú.");
      assertThat(driver.findElement(By.id("comment-list")).getText())
          .contains("Xã hẹn cập nhật số liệu trong tuần");

      driver.findElement(By.id("silence-reason")).sendKeys("Xã đang chuyển đổi phần mềm");
      assertThat(submit(driver, "silence")).startsWith("Đã tạm tắt thông báo");

      List<String> history = new ArrayList<>();
      driver
          .findElements(By.cssSelector("#alert-history tbody tr"))
          .forEach(line -> history.add(line.getText()));
      assertThat(history)
          .anyMatch(line -> line.contains("user:" + OPERATOR) && line.contains("Đã liên hệ xã"))
          .anyMatch(line -> line.contains("user:" + OPERATOR) && line.contains("assign"));
      browser.screenshot("console-alert");

      // An empty comment changes nothing and says why.
      driver.findElement(By.id("comment")).clear();
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("document.getElementById('comment').removeAttribute('required')");
      submit(driver, "add-comment");
      assertThat(driver.findElement(By.id("action-refused")).getText())
          .isEqualTo("Hãy nhập nội dung ghi chú.");
    }

    JsonNode alert = api.get("/api/v1/alerts/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    assertThat(alert.get("acknowledged").get("by").stringValue()).isEqualTo("user:" + OPERATOR);
    assertThat(alert.get("assignee").stringValue()).isEqualTo("Nguyễn Văn An");
    JsonNode silences = api.get("/api/v1/silences");
    assertThat(silences)
        .anyMatch(
            silence ->
                silence.get("createdBy").stringValue().equals("user:" + OPERATOR)
                    && silence.get("matchers").get("unit").stringValue().equals(AN_LAO));

    try (Browser browser = Browser.open()) {
      WebDriver driver = browser.driver();
      browser.signIn(port, LEADER, PASSWORD);
      assertThat(driver.findElements(By.id("nav-console"))).isEmpty();
      driver.get("http://localhost:" + port + "/console/alerts");
      assertThat(driver.getPageSource()).doesNotContain("An Lão");

      driver.get("http://localhost:" + port + "/catalog");
      List<WebElement> plans = driver.findElements(By.cssSelector("#plans tbody tr"));
      assertThat(plans).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector("#indicators tbody tr"))).hasSizeGreaterThan(5);
      plans.get(0).findElement(By.tagName("a")).click();
      List<WebElement> quotes = driver.findElements(By.cssSelector("#targets blockquote"));
      assertThat(quotes).isNotEmpty().allMatch(quote -> !quote.getText().isBlank());
      browser.screenshot("catalog-plan");
    }
  }

  /**
   * Presses a form's button and waits for the page the action answers with; its message, or an
   * empty text when it says nothing was done.
   */
  private static String submit(WebDriver driver, String button) {
    WebElement before = driver.findElement(By.tagName("html"));
    driver.findElement(By.id(button)).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.stalenessOf(before));
    List<WebElement> done = driver.findElements(By.id("action-done"));
    return done.isEmpty() ? "" : done.get(0).getText();
  }

  private static void account(PlatformApi api, String name, String role) throws Exception {
    HttpResponse<String> made =
        api.send(
            "POST",
            "/api/v1/accounts",
            "application/json",
            "{\"name\":\""
                + name
                + "\",\"role\":\""
                + role
                + "\",\"units\":[\"52\"],\"password\":\""
                + PASSWORD
                + "\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }

  private static String batch(String unit, int online, int offline) {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < online + offline; i++) {
      events.add(
          String.format(
              "{\"eventId\":\"%s-console-%d\",\"unit\":\"%s\",\"indicator\":\"work-records-online\","
                  + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":1}",
              RUN, i, unit, YESTERDAY, i < online ? 1 : 0));
    }
    return "[" + String.join(",", events) + "]";
  }
}
