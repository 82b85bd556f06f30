package vn.dxmonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.testsupport.browser.Browser;
import vn.dxmonitor.testsupport.browser.ReportingPages;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * A self-reported figure on the whole platform, in Chromium: a commune's reporter enters its
 * households' fibre coverage and submits it; the province's verifier returns it; the reporter
 * corrects and resubmits; the verifier accepts. Until then the figure counts nowhere — neither in
 * {@code /api/v1/status} nor in the ranking — and once accepted the processor counts it and both
 * show it: the status its value, the ranking the commune first with 100 × 88 ÷ 95 = 92.6 points.
 */
@PlatformTest
@Import(ReportedFigureBrowserIT.Quarter.class)
class ReportedFigureBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String QUY_NHON = "21583";
  private static final String INDICATOR = "fiber-coverage-households";
  private static final String PLAN = "cap-quang-" + RUN;
  private static final String PASSWORD = "mat-khau-bao-cao-2026";

  /** 10:00 in Vietnam on 10 November 2026, in the fourth quarter, before its deadline. */
  private static final Instant NOW = Instant.parse("2026-11-10T03:00:00Z");

  private static final String PERIOD = "2026-Q4";

  /**
   * The platform's clock, still: a day in the past, so whenever the test runs the broker takes the
   * records stamped with it.
   */
  @TestConfiguration
  static class Quarter {
    @Bean
    @Primary
    MovableClock fourthQuarter() {
      return new MovableClock(NOW);
    }
  }

  private static Path adminKeyFile;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "reported-" + RUN);
  }

  @Test
  void aFigureCountsInStatusAndRankingOnlyOnceTheVerifierAcceptsIt() throws Exception {
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    plan(api);
    account(api, "bc-" + RUN, "reporter", QUY_NHON);
    account(api, "td-" + RUN, "verifier", "52");

    try (Browser reporter = Browser.open();
        Browser verifier = Browser.open()) {
      reporter.signIn(port, "bc-" + RUN, PASSWORD);
      verifier.signIn(port, "td-" + RUN, PASSWORD);
      ReportingPages form = pages(reporter.driver());
      ReportingPages queue = pages(verifier.driver());

      form.openForm(PERIOD);
      form.typeValue("87,5");
      assertThat(form.save()).isEqualTo("Đã lưu bản nháp.");
      form.submit();
      assertThat(form.state()).isEqualTo("SUBMITTED");

      queue.openQueue("52");
      assertThat(queue.returnWith("Thiếu thôn 3")).isEqualTo("Đã trả lại số liệu cho đơn vị.");

      form.openForm(PERIOD);
      assertThat(form.state()).isEqualTo("RETURNED");
      form.typeValue("88");
      form.save();
      form.submit();
      assertThat(form.state()).isEqualTo("SUBMITTED");

      // Sent twice and returned once, never accepted: it counts nowhere.
      Thread.sleep(3_000);
      assertThat(status(api).get("value").isNull()).as("status before acceptance").isTrue();
      assertThat(score(api)).as("ranking before acceptance").isZero();

      queue.openQueue("52");
      assertThat(queue.accept()).isEqualTo("Đã chấp nhận và công bố số liệu.");

      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .untilAsserted(() -> assertThat(status(api).get("value").asDouble()).isEqualTo(88.0));
      JsonNode ranked = ranking(api).get(0);
      assertThat(ranked.get("unit").stringValue()).isEqualTo(QUY_NHON);
      assertThat(ranked.get("rank").asInt()).isEqualTo(1);
      assertThat(ranked.get("score").asDouble()).isEqualTo(92.6);

      ChromeDriver v = verifier.driver();
      v.get("http://localhost:" + port + "/rankings?plan=" + PLAN + "&level=commune&parent=52");
      WebElement first = v.findElement(By.cssSelector("tr[data-unit='" + QUY_NHON + "']"));
      assertThat(first.getText()).contains("92,6");
      verifier.screenshot("ranking-after-publication");
    }
  }

  private ReportingPages pages(ChromeDriver driver) {
    return new ReportingPages(driver, port, QUY_NHON, INDICATOR);
  }

  /** Quy Nhơn's line of the plan's status. */
  private static JsonNode status(PlatformApi api) throws Exception {
    JsonNode lines = api.get("/api/v1/status?unit=" + QUY_NHON + "&plan=" + PLAN);
    return StreamSupport.stream(lines.spliterator(), false)
        .filter(line -> INDICATOR.equals(line.get("indicator").stringValue()))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode ranking(PlatformApi api) throws Exception {
    return api.get("/api/v1/rankings?plan=" + PLAN + "&level=commune&parent=52");
  }

  /** Quy Nhơn's score in the plan's ranking of Gia Lai's communes. */
  private static double score(PlatformApi api) throws Exception {
    return StreamSupport.stream(ranking(api).spliterator(), false)
        .filter(entry -> QUY_NHON.equals(entry.get("unit").stringValue()))
        .findFirst()
        .orElseThrow()
        .get("score")
        .asDouble();
  }

  private static void plan(PlatformApi api) throws Exception {
    HttpResponse<String> made =
        api.send(
            "POST",
            "/api/v1/plans",
            "application/json",
            """
            {"id": "%s", "name": "Phủ cáp quang hộ gia đình", "province": "gia-lai",
             "issuedAt": "2026-01-01", "source": "platform test", "issuedFor": ["52"],
             "targets": [{"indicator": "%s", "level": "commune", "comparator": ">=",
                          "value": 95, "deadline": "2027-12-31"}]}
            """
                .formatted(PLAN, INDICATOR));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }

  private static void account(PlatformApi api, String name, String role, String unit)
      throws Exception {
    HttpResponse<String> made =
        api.send(
            "POST",
            "/api/v1/accounts",
            "application/json",
            String.format(
                "{\"name\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],\"password\":\"%s\"}",
                name, role, unit, PASSWORD));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }
}
