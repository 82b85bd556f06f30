package vn.dxmonitor.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.Session;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;

/**
 * The console's recoveries on a real broker: what the services record in the journal — from any
 * process — is listed newest first, counted by service and action, and drawn by day for the last
 * month; any operator sees it, a leader has no such page.
 */
@DashboardTest
class RecoveryConsoleIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String OPERATOR = "vanhanh.phuchoi";
  private static final String LEADER = "lanhdao.phuchoi";
  private static final String PASSWORD = "mat-khau-phuc-hoi-2025";
  private static final String PAGE = "/console/recoveries";

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;

  private Http admin;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-recoveries-" + RUN + "-");
  }

  @BeforeEach
  void accounts() throws Exception {
    admin = new Http(port);
    account(OPERATOR, "operator", "21583");
    account(LEADER, "leader", "52");
  }

  @Test
  void anOperatorSeesEveryServicesRecoveriesListedCountedAndDrawnByDay() throws Exception {
    // Given recoveries recorded by three services, one of them older than the chart's month
    Instant now = Instant.now();
    try (RecoveryJournal journal =
        new RecoveryJournal(
            Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      journal.accept(recovery("processor", Recovery.THREAD_REPLACED, now.minusSeconds(600)));
      journal.accept(recovery("processor", Recovery.CLIENT_RESTARTED, now.minusSeconds(1200)));
      journal.accept(recovery("ingest", Recovery.BROKER_RETURNED, now.minus(Duration.ofDays(3))));
      journal.accept(
          recovery("alerting", Recovery.THREAD_REPLACED, now.minus(Duration.ofDays(45))));
    }
    Session operator = Session.signIn(port, OPERATOR, PASSWORD);
    assertThat(operator.signedIn()).isTrue();

    // When the operator opens the page, then all four are listed, newest first
    Document page =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> page(operator, ""), p -> rows(p).size() == 4);
    assertThat(rows(page))
        .containsExactly(
            "processor/" + Recovery.THREAD_REPLACED,
            "processor/" + Recovery.CLIENT_RESTARTED,
            "ingest/" + Recovery.BROKER_RETURNED,
            "alerting/" + Recovery.THREAD_REPLACED);
    assertThat(page.select("#recovery-list tr[data-service=ingest] td").last().text())
        .isEqualTo("fault of ingest " + RUN);
    assertThat(page.select("tr[data-kind='processor · thread-replaced'] [data-field=count]").text())
        .isEqualTo("1");
    assertThat(page.select("#nav-recoveries")).hasSize(1);

    // And the chart has the month's three, by service, and not the older one
    List<Long> totals =
        page.select("#recovery-chart g[data-day]").eachAttr("data-total").stream()
            .map(Long::valueOf)
            .toList();
    assertThat(totals).hasSize(30);
    assertThat(totals.stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    assertThat(page.select("#recovery-chart rect[data-service]").eachAttr("data-service"))
        .containsOnly("processor", "ingest");
    assertThat(page.select(".legend .key").eachText()).containsExactly("ingest", "processor");

    // And in English when asked
    Document english = page(operator, "?lang=en");
    assertThat(english.select("h1").text()).isEqualTo("Recoveries");
    assertThat(english.select("#recovery-list tr[data-service=ingest] td").get(2).text())
        .isEqualTo("Kafka broker reached again");
  }

  @Test
  void aLeaderHasNoRecoveriesPage() throws Exception {
    Session leader = Session.signIn(port, LEADER, PASSWORD);
    assertThat(leader.signedIn()).isTrue();

    assertThat(leader.get(PAGE).statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(leader.get("/").body()).select("#nav-recoveries")).isEmpty();
  }

  private static Recovery recovery(String service, String action, Instant at) {
    return new Recovery(service, action, at, "fault of " + service + " " + RUN);
  }

  private Document page(Session session, String query) throws Exception {
    HttpResponse<String> response = session.get(PAGE + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static List<String> rows(Document page) {
    return page.select("#recovery-list tr[data-service]").stream()
        .map(row -> row.attr("data-service") + "/" + row.attr("data-action"))
        .toList();
  }

  private void account(String name, String role, String unit) throws Exception {
    if (admin.get("/api/v1/accounts").body().contains("\"" + name + "\"")) {
      return;
    }
    HttpResponse<String> made =
        admin.post(
            "/api/v1/accounts",
            "application/json",
            String.format(
                "{\"name\":\"%s\",\"displayName\":\"%s\",\"role\":\"%s\",\"units\":[\"%s\"],"
                    + "\"password\":\"%s\"}",
                name, name, role, unit, PASSWORD));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
  }
}
