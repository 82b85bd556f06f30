package vn.dxmonitor.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/** The server-rendered page, from values and alerts in a real Elasticsearch node. */
@DashboardTest
class DashboardPageIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Instant NOW = Instant.parse("2026-11-20T02:15:00Z");
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String DOSSIERS = BuiltInCatalog.TTHC_DOSSIERS_ONLINE;

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;

  private Http http;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-page-" + RUN + "-");
  }

  @BeforeEach
  void values() throws Exception {
    http = new Http(port);
    String indicators = indexNames.indicators();
    TestIndices.create(client, indicators);
    TestIndices.create(client, indexNames.alerts());
    TestIndices.put(client, indicators, Values.value("52", RECORDS, 920, Status.ACHIEVED, NOW));
    TestIndices.put(client, indicators, Values.value("21583", RECORDS, 400, Status.BEHIND, NOW));
    TestIndices.put(client, indicators, Values.value("21609", DOSSIERS, 785, Status.AT_RISK, NOW));
  }

  @Test
  void eachCellShowsValueExpectedTargetAndItsStatusColourInVietnamese() throws Exception {
    Document page = page("/board");

    assertThat(page.select("html").attr("lang")).isEqualTo("vi");
    Element behind = cell(page, "21583", RECORDS);
    assertThat(behind.classNames()).contains("status-behind", "tone-red");
    assertThat(behind.select("[data-field=value]").text()).isEqualTo("40,0");
    assertThat(behind.select("[data-field=expected]").text()).isEqualTo("80,0");
    assertThat(behind.select("[data-field=target]").text()).isEqualTo(">= 90,0");
    assertThat(behind.select("[data-field=status]").text()).isEqualTo("Chậm");
    Element achieved = cell(page, "52", RECORDS);
    assertThat(achieved.classNames()).contains("status-achieved", "tone-green");
    assertThat(achieved.select("[data-field=status]").text()).isEqualTo("Đạt");
    Element atRisk = cell(page, "21609", DOSSIERS);
    assertThat(atRisk.classNames()).contains("status-at-risk", "tone-amber");
    assertThat(atRisk.select("[data-field=status]").text()).isEqualTo("Có nguy cơ");
    Element empty = cell(page, "21640", DOSSIERS);
    assertThat(empty.classNames()).contains("status-no-data", "tone-grey");
    assertThat(empty.select("[data-field=status]").text()).isEqualTo("Chưa có dữ liệu");
  }

  @Test
  void theProvinceComesFirstThenItsCommunesInRegistryOrder() throws Exception {
    Document page = page("/board");

    assertThat(page.select("#board tbody tr").eachAttr("data-unit"))
        .hasSize(13)
        .startsWith("52", "21553", "21583")
        .endsWith("21640");
    assertThat(page.select("#board thead th[data-indicator]").eachAttr("data-indicator"))
        .contains(RECORDS, DOSSIERS);
  }

  @Test
  void englishIsChosenWithLangAndRememberedInACookie() throws Exception {
    HttpResponse<String> chosen = http.get("/board?lang=en");

    String cookie =
        chosen.headers().allValues("Set-Cookie").stream()
            .filter(header -> header.startsWith(PageLanguage.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    Document english = Jsoup.parse(chosen.body());
    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(cell(english, "21583", RECORDS).select("[data-field=status]").text())
        .isEqualTo("Behind");
    assertThat(cell(english, "21583", RECORDS).select("[data-field=value]").text())
        .isEqualTo("40.0");

    HttpResponse<String> later =
        http.get("/board", "Cookie", cookie.substring(0, cookie.indexOf(';')));
    assertThat(Jsoup.parse(later.body()).select("html").attr("lang")).isEqualTo("en");
    assertThat(Jsoup.parse(http.get("/board").body()).select("html").attr("lang")).isEqualTo("vi");
  }

  @Test
  void firingAlertsAreListedAndResolvedOnesAreNot() throws Exception {
    String alerts = indexNames.alerts();
    TestIndices.put(
        client, alerts, Values.alert("21583", RECORDS, AlertState.FIRING, "firing-" + RUN, NOW));
    TestIndices.put(
        client,
        alerts,
        Values.alert("21609", RECORDS, AlertState.RESOLVED, "resolved-" + RUN, NOW));

    Document page = page("/board");

    // The English summary is not shown in the Vietnamese page; the card is built from the fields.
    assertThat(page.select("#alerts li").text())
        .contains("Đơn vị 21583")
        .doesNotContain("Đơn vị 21609")
        .doesNotContain("firing-" + RUN);
  }

  @Test
  void thePageConnectsToTheStreamWithItsScript() throws Exception {
    Document page = page("/board");

    assertThat(page.select("#board").attr("data-stream")).isEqualTo("/api/v1/stream");
    String script = page.select("script[src]").attr("src");
    HttpResponse<String> served = http.get(script);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).contains("indicator-value").contains("EventSource");
    assertThat(http.get("/dashboard/dashboard.css").statusCode()).isEqualTo(200);
  }

  private Document page(String path) throws Exception {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).startsWith("text/html");
    return Jsoup.parse(response.body());
  }

  private static Element cell(Document page, String unit, String indicator) {
    Element cell =
        page.selectFirst("#board td[data-unit=" + unit + "][data-indicator=" + indicator + "]");
    assertThat(cell).as("cell %s × %s", unit, indicator).isNotNull();
    return cell;
  }
}
