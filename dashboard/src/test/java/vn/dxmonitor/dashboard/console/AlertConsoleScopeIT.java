package vn.dxmonitor.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.Session;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/**
 * An operator of one commune opens the console page of its commune's alert — the page stands on the
 * alert's own unit, which the operator sees, not on its province, which it does not — and finds a
 * neighbouring commune's alert as if it did not exist.
 */
@DashboardTest
class AlertConsoleScopeIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Instant NOW = Instant.parse("2026-11-20T02:15:00Z");
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;
  private static final String OPERATOR = "vanhanh.xa-" + RUN;
  private static final String PASSWORD = "mat-khau-van-hanh-xa-2025";

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-alert-scope-" + RUN + "-");
  }

  @Test
  void aCommuneOperatorOpensItsCommunesAlertAndNotItsNeighbours() throws Exception {
    TestIndices.create(client, indexNames.indicators());
    TestIndices.create(client, indexNames.alerts());
    Alert own = Values.alert("21583", RECORDS, AlertState.FIRING, "own-" + RUN, NOW);
    Alert neighbour = Values.alert("21589", RECORDS, AlertState.FIRING, "other-" + RUN, NOW);
    TestIndices.put(client, indexNames.alerts(), own);
    TestIndices.put(client, indexNames.alerts(), neighbour);
    HttpResponse<String> made =
        new Http(port)
            .post(
                "/api/v1/accounts",
                "application/json",
                "{\"name\":\""
                    + OPERATOR
                    + "\",\"role\":\"operator\",\"units\":[\"21583\"],\"password\":\""
                    + PASSWORD
                    + "\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    Session operator = Session.signIn(port, OPERATOR, PASSWORD);
    assertThat(operator.signedIn()).isTrue();

    HttpResponse<String> page = operator.get("/console/alerts/" + encode(own.id()));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).text()).contains("own-" + RUN);

    assertThat(operator.get("/console/alerts/" + encode(neighbour.id())).statusCode())
        .isEqualTo(404);
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }
}
