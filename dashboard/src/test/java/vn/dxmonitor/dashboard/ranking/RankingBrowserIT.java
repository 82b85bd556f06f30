package vn.dxmonitor.dashboard.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;
import vn.dxmonitor.testsupport.browser.Browser;

/**
 * The emulation ranking of Gia Lai's communes on NQ 05-NQ/TU, whose commune targets today are work
 * records online ≥ 70 % by 2030 and fibre to every commune by 2025: in a real browser, as JSON,
 * frozen at a review date, and in the review report's PDF and CSV.
 *
 * <p>Scores by the documented rule, (min(1, records / 70) + min(1, fibre / 100)) / 2 × 100, with no
 * fibre figures: 70 % → 50.0, 50 % → 35.7, 40 % → 28.6. A week earlier the order was the reverse
 * (80 %, 30 %, 20 %).
 */
@DashboardTest
class RankingBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String NQ05 = "binh-dinh-nq-05-nq-tu";
  private static final String AN_LAO = "21609";
  private static final String QUY_NHON = "21583";
  private static final String THIRD = "21640";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;
  @Autowired ApiKeyRegistry keys;
  @Autowired Clock clock;

  private Http http;
  private LocalDate today;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "ranking-" + RUN + "-");
  }

  @BeforeEach
  void values() throws Exception {
    http = new Http(port);
    today = VietnamTime.dateOf(clock.instant());
    String indicators = indexNames.indicators();
    TestIndices.create(client, indicators);
    TestIndices.create(client, indexNames.alerts());
    Instant now = Instant.now();
    put(THIRD, 700, 200, now);
    put(AN_LAO, 500, 300, now);
    put(QUY_NHON, 400, 800, now);
  }

  private void put(String unit, long now, long weekBefore, Instant at) throws Exception {
    TestIndices.put(
        client, indexNames.indicators(), Values.value(unit, RECORDS, now, Status.BEHIND, at));
    TestIndices.put(
        client,
        indexNames,
        new HistoryPoint(unit, RECORDS, today.minusDays(8), weekBefore / 10.0, weekBefore, 1000));
  }

  @Test
  void theRankingOrdersCommunesByScoreAndCanBeFrozenAndReported() throws Exception {
    try (Browser browser = TestCredentials.signedInBrowser(port)) {
      ChromeDriver driver = browser.driver();
      driver.get(
          "http://localhost:" + port + "/rankings?parent=52&plan=" + NQ05 + "&level=commune");

      List<WebElement> rows = driver.findElements(By.cssSelector("#ranking tbody tr"));
      // Said in full on failure: which communes were ranked, and which the catalog holds.
      assertThat(rows)
          .as(
              () ->
                  "ranked "
                      + rows.stream().map(row -> row.getAttribute("data-unit")).toList()
                      + " at "
                      + driver.getCurrentUrl()
                      + "; the catalog's units under 52: "
                      + unitsUnderGiaLai())
          .hasSize(12);
      assertThat(rows.subList(0, 3))
          .extracting(row -> row.getAttribute("data-unit"))
          .containsExactly(THIRD, AN_LAO, QUY_NHON);
      assertThat(rows.subList(0, 3))
          .extracting(row -> row.findElement(By.cssSelector(".score")).getText())
          .containsExactly("50,0", "35,7", "28,6");
      assertThat(rows.subList(0, 3))
          .extracting(row -> row.findElement(By.cssSelector(".band")).getText())
          .containsExactly("Trung bình", "Yếu", "Yếu");
      assertThat(rows.subList(0, 3))
          .extracting(row -> row.findElement(By.cssSelector(".change")).getText())
          .containsExactly("▲ 2", "=", "▼ 2");
      assertThat(rows.get(3).findElement(By.cssSelector(".rank")).getText()).isEqualTo("4");
      assertThat(driver.findElement(By.cssSelector("#most-improved li")).getAttribute("data-unit"))
          .isEqualTo(THIRD);
      @SuppressWarnings("unchecked")
      List<Number> bars =
          (List<Number>)
              driver.executeScript(
                  "return window.Chart.getChart(document.getElementById('ranking-chart'))"
                      + ".data.datasets[0].data;");
      assertThat(bars).hasSize(12);
      assertThat(bars.subList(0, 3))
          .extracting(Number::doubleValue)
          .containsExactly(50.0, 35.7, 28.6);
      assertThat(
              driver.executeScript(
                  "return window.Chart.getChart(document.getElementById('ranking-chart'))"
                      + ".options.scales.x.title.text;"))
          .as("the value axis says what it measures")
          .isEqualTo("Điểm");
      browser.screenshot("ranking");

      JsonNode api =
          JSON.readTree(
              http.get("/api/v1/rankings?plan=" + NQ05 + "&level=commune&parent=52").body());
      assertThat(api).hasSize(12);
      assertThat(api.get(0).get("rank").asInt()).isEqualTo(1);
      assertThat(api.get(0).get("unit").asText()).isEqualTo(THIRD);
      assertThat(api.get(0).get("score").asDouble()).isEqualTo(50.0);
      assertThat(api.get(0).get("band").asText()).isEqualTo("average");
      assertThat(api.get(0).get("rankChange").asInt()).isEqualTo(2);
      assertThat(api.get(0).get("name").asText()).isNotBlank();

      String admin =
          keys.create(new KeyRequest("review-board", KeyRole.ADMIN, List.of(), List.of()), "test")
              .key();
      String freeze =
          "{\"plan\":\""
              + NQ05
              + "\",\"level\":\"commune\",\"parent\":\"52\",\"asOf\":\""
              + today
              + "\"}";
      assertThat(
              Http.anonymous(port)
                  .post("/api/v1/rankings/freezes", "application/json", freeze)
                  .statusCode())
          .isEqualTo(401);
      HttpResponse<String> frozen =
          http.post(
              "/api/v1/rankings/freezes",
              "application/json",
              freeze,
              "Authorization",
              "Bearer " + admin);
      assertThat(frozen.statusCode()).isEqualTo(201);
      String frozenBy = JSON.readTree(frozen.body()).get("frozenBy").asText();
      assertThat(frozenBy).startsWith("key:");
      HttpResponse<String> again =
          http.post(
              "/api/v1/rankings/freezes",
              "application/json",
              freeze,
              "Authorization",
              "Bearer " + admin);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.body()).contains("already-frozen").contains(frozenBy);

      // A correction after the freeze: An Lão now leads, but the frozen list does not move.
      TestIndices.put(
          client,
          indexNames.indicators(),
          Values.value(AN_LAO, RECORDS, 950, Status.ON_TRACK, Instant.now()));
      // The figure behind it was revised after the freeze: the revision log says from what to what
      Instant revisedAt = Instant.now();
      TestIndices.put(
          client,
          indexNames.revisions(),
          new RevisionEntry(
              "e-office",
              "an-lao-day",
              AN_LAO,
              RECORDS,
              today.atStartOfDay(VietnamTime.ZONE).toInstant(),
              2,
              RevisionEntry.REVISED,
              revisedAt,
              "key-statistics",
              new RevisionEntry.Figure(
                  500L, 1000L, null, null, null, revisedAt.minusSeconds(3600), "key-statistics"),
              new RevisionEntry.Figure(
                  950L, 1000L, null, null, null, revisedAt, "key-statistics")));
      HttpResponse<String> afterwards =
          http.get("/api/v1/rankings?plan=" + NQ05 + "&level=commune&parent=52&asOf=" + today);
      assertThat(afterwards.headers().firstValue(RankingsController.FROZEN_BY)).hasValue(frozenBy);
      assertThat(JSON.readTree(afterwards.body()).get(0).get("unit").asText()).isEqualTo(THIRD);
      driver.navigate().refresh();
      assertThat(driver.findElement(By.id("frozen")).getText()).contains(frozenBy);
      assertThat(driver.findElement(By.cssSelector("#ranking tbody tr")).getAttribute("data-unit"))
          .isEqualTo(THIRD);

      String pdfLink = driver.findElement(By.id("report-pdf")).getAttribute("href");
      HttpResponse<byte[]> pdf =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                      .header("Authorization", TestCredentials.bearer(TestCredentials.adminKey()))
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      String text;
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        // Cells wrap long names over lines: compare with the line breaks as spaces.
        text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      }
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
      java.nio.file.Files.write(
          java.nio.file.Path.of("target", "screenshots", "review-report.pdf"), pdf.body());
      assertThat(text)
          .contains("Kết quả thực hiện các chỉ tiêu")
          .contains("Hồ sơ công việc xử lý trên môi trường mạng")
          .contains(">= 70,0")
          .contains("31/12/2030")
          .contains("Xếp hạng thi đua")
          .contains("Xã An Lão")
          .contains("Số liệu sửa sau khi chốt")
          .contains("500/1000 → 950/1000");
      String csv = http.get("/reports/review.csv?plan=" + NQ05 + "&parent=52&asOf=" + today).body();
      List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
      assertThat(lines.get(0)).startsWith("\uFEFFsection,level,rank,unit,name");
      assertThat(lines).anyMatch(line -> line.startsWith("ranking,Cấp xã,1," + THIRD + ","));
      assertThat(lines)
          .filteredOn(
              line -> line.startsWith("ranking,Cấp xã,") && line.contains("," + AN_LAO + ","))
          .singleElement()
          .asString()
          .contains("500/1000 → 950/1000");
      assertThat(lines)
          .filteredOn(line -> line.startsWith("ranking,Cấp xã,1," + THIRD + ","))
          .singleElement()
          .asString()
          .doesNotContain("→");
      assertThat(lines)
          .anyMatch(line -> line.startsWith("target,Cấp xã,") && line.contains(">= 70"));
      assertThat(csv.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100);
    }
  }

  private String unitsUnderGiaLai() {
    try {
      return http.get("/api/v1/units?parent=52").body();
    } catch (java.io.IOException | InterruptedException e) {
      return "unread: " + e;
    }
  }

  @Test
  void aRankingRequestNamesTheParameterItRefuses() throws Exception {
    HttpResponse<String> noPlan = http.get("/api/v1/rankings?level=commune");
    HttpResponse<String> badLevel = http.get("/api/v1/rankings?plan=" + NQ05 + "&level=village");
    HttpResponse<String> unknownPlan = http.get("/api/v1/rankings?plan=nope&level=commune");
    HttpResponse<String> ahead =
        http.get("/api/v1/rankings?plan=" + NQ05 + "&level=commune&asOf=" + today.plusDays(2));

    assertThat(noPlan.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noPlan.body()).get("parameter").asText()).isEqualTo("plan");
    assertThat(badLevel.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badLevel.body()).get("parameter").asText()).isEqualTo("level");
    assertThat(badLevel.body()).contains("village");
    assertThat(unknownPlan.statusCode()).isEqualTo(404);
    assertThat(ahead.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(ahead.body()).get("parameter").asText()).isEqualTo("asOf");
  }
}
