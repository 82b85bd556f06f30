package vn.dxmonitor.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
import vn.dxmonitor.dashboard.support.TestCredentials;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.testsupport.browser.Browser;

/**
 * The 766 board in a real browser: Gia Lai's score, its groups and where it lost points, the
 * communes under it lowest first, and the drill-down into one of them.
 *
 * <p>By hand, each figure a share of 1,000 dossiers and everything else "no base" (full points):
 * Gia Lai, 60 % on time → 20 × .6 = 12: 92, the 8 lost all on on-time results. An Lão, 90 % on time
 * → 18 and 50 % satisfied → 12 × .5 = 6: 92. Quy Nhơn, 40 % fully online → 12 × 40 ÷ 80 = 6 and 80
 * % paid online → 10: 94.
 */
@DashboardTest
class IndexBoardBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String AN_LAO = "21609";
  private static final String QUY_NHON = "21583";

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "indices-" + RUN + "-");
  }

  @BeforeEach
  void values() throws Exception {
    TestIndices.create(client, indexNames.indicators());
    TestIndices.create(client, indexNames.alerts());
    put("52", "dossiers-on-time", 600);
    put(AN_LAO, "dossiers-on-time", 900);
    put(AN_LAO, "dossiers-satisfied", 500);
    put(QUY_NHON, "dossiers-fully-online", 400);
    put(QUY_NHON, "dossiers-paid-online", 800);
    // The Government Office published 85.1 for Gia Lai
    put("52", "index-766-published", 851);
  }

  private void put(String unit, String indicator, long ofAThousand) throws Exception {
    TestIndices.put(
        client,
        indexNames.indicators(),
        Values.value(unit, indicator, ofAThousand, Status.ON_TRACK, Instant.now()));
  }

  @Test
  void theBoardShowsTheScoreItsLossesBiggestFirstAndDrillsIntoACommune() throws Exception {
    try (Browser browser = TestCredentials.signedInBrowser(port)) {
      ChromeDriver driver = browser.driver();
      driver.get("http://localhost:" + port + "/indices?unit=52");

      assertThat(text(driver, "#score")).isEqualTo("92,00");
      assertThat(text(driver, "#index")).isEqualTo("0,9200");
      assertThat(text(driver, "#lost-points")).isEqualTo("8,00");
      assertThat(text(driver, "#published")).isEqualTo("85,10");
      assertThat(text(driver, "#difference")).isEqualTo("+6,90");
      // the only province there is leads itself: no gaps to show
      assertThat(driver.findElements(By.id("leader"))).isEmpty();
      List<WebElement> groups = driver.findElements(By.cssSelector("#groups tbody tr"));
      assertThat(groups)
          .extracting(row -> row.findElement(By.cssSelector(".points")).getText())
          .containsExactly("18,00", "12,00", "22,00", "22,00", "18,00");
      List<WebElement> lost = driver.findElements(By.cssSelector("#lost tbody tr"));
      assertThat(lost).hasSize(1);
      assertThat(lost.get(0).getAttribute("data-item")).isEqualTo("on-time");
      assertThat(lost.get(0).findElement(By.cssSelector(".figure")).getText()).isEqualTo("60,00");
      assertThat(lost.get(0).findElement(By.cssSelector(".lost")).getText()).isEqualTo("8,00");
      @SuppressWarnings("unchecked")
      List<Number> earned =
          (List<Number>)
              driver.executeScript(
                  "return window.Chart.getChart(document.getElementById('groups-chart'))"
                      + ".data.datasets[0].data;");
      assertThat(earned)
          .extracting(Number::doubleValue)
          .containsExactly(18.0, 12.0, 22.0, 22.0, 18.0);
      String axis =
          (String)
              driver.executeScript(
                  "return window.Chart.getChart(document.getElementById('units-chart'))"
                      + ".options.scales.x.title.text;");
      assertThat(axis).isEqualTo("Điểm");

      List<WebElement> units = driver.findElements(By.cssSelector("#units tbody tr"));
      assertThat(units.subList(0, 2))
          .extracting(row -> row.getAttribute("data-unit"))
          .containsExactly(AN_LAO, QUY_NHON);
      assertThat(units.subList(0, 2))
          .extracting(row -> row.findElement(By.cssSelector(".points")).getText())
          .containsExactly("92,00", "94,00");
      assertThat(units.get(2).findElement(By.cssSelector(".points")).getText())
          .isEqualTo("Chưa phát sinh hồ sơ");
      browser.screenshot("index-766-province");

      units.get(1).findElement(By.cssSelector("a")).click();
      assertThat(text(driver, "#unit-name")).isEqualTo("Phường Quy Nhơn");
      assertThat(text(driver, "#score")).isEqualTo("94,00");
      WebElement first = driver.findElement(By.cssSelector("#lost tbody tr"));
      assertThat(first.getAttribute("data-item")).isEqualTo("fully-online");
      assertThat(first.findElement(By.cssSelector(".figure")).getText()).isEqualTo("40,00");
      assertThat(first.findElement(By.cssSelector(".lost")).getText()).isEqualTo("6,00");

      driver.get("http://localhost:" + port + "/indices?unit=52&lang=en");
      assertThat(text(driver, "#score")).isEqualTo("92.00");
      assertThat(text(driver, "#lost-title")).isEqualTo("Points lost, biggest first");
    }
  }

  private static String text(ChromeDriver driver, String selector) {
    return driver.findElement(By.cssSelector(selector)).getText();
  }
}
