package vn.dxmonitor.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * The reporting calendar API over the seed catalog: NQ 05-NQ/TU asks Gia Lai (52) for a monthly and
 * a quarterly figure, read on 15 September 2026 against a real Elasticsearch node.
 */
@DashboardTest
@Import(ReportingCalendarIT.FixedDay.class)
class ReportingCalendarIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  // 10:00 in Vietnam on Tuesday 15 September 2026, the quarter's deadline day.
  private static final Instant NOW = Instant.parse("2026-09-15T03:00:00Z");
  private static final String PATH = "/api/v1/reporting/due?from=2026-07-01&to=2026-09-30&unit=";

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;
  @Autowired ApiKeyRegistry keys;

  private Http http;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-reporting-" + RUN + "-");
  }

  @TestConfiguration
  static class FixedDay {
    @Bean
    @Primary
    Clock reportingDay() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @BeforeEach
  void indices() throws Exception {
    http = new Http(port);
    TestIndices.create(client, indexNames.indicators());
  }

  @Test
  void aProvinceSeesEachFigureItOwesWithItsDeadlineAndWhetherItCame() throws Exception {
    // July's figure came (a month's figure counts as of its last day); August's did not.
    TestIndices.put(
        client,
        indexNames.indicators(),
        Values.value(
            "52",
            "branded-products-on-ecommerce",
            500,
            Status.ON_TRACK,
            Instant.parse("2026-07-31T10:00:00Z")));

    HttpResponse<String> response = http.get(PATH + "52");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    for (JsonNode line : Http.json(response)) {
      lines.add(
          String.join(
              " ",
              line.get("indicator").stringValue(),
              line.get("period").stringValue(),
              line.get("deadline").stringValue(),
              line.get("state").stringValue()));
    }
    assertThat(lines)
        .containsExactly(
            "branded-products-on-ecommerce 2026-07 2026-07-15 RECEIVED",
            // 15 August 2026 is a Saturday.
            "branded-products-on-ecommerce 2026-08 2026-08-17 OVERDUE",
            "branded-products-on-ecommerce 2026-09 2026-09-15 DUE",
            "digital-tech-enterprises 2026-Q3 2026-09-15 DUE",
            // A share of the province's enterprises: measured at the province.
            "smes-digitally-transformed 2026-Q3 2026-09-15 DUE");
    JsonNode quarter = Http.json(response).get(3);
    assertThat(quarter.get("periodVi").stringValue()).isEqualTo("Quý III/2026");
    assertThat(quarter.get("plan").stringValue()).isEqualTo("binh-dinh-nq-05-nq-tu");
  }

  @ParameterizedTest(name = "a key of {0} asking for {1}: {2}")
  @CsvSource({"21583, 21583, 200", "21583, 52, 404", "21583, 21589, 404", "52, 21589, 200"})
  void aScopedKeySeesTheCalendarOfItsOwnUnitsOnly(String scope, String unit, int expected)
      throws Exception {
    String key =
        keys.create(new KeyRequest("e-office", KeyRole.SOURCE, List.of(scope), List.of()), "test")
            .key();

    HttpResponse<String> response = http.get(PATH + unit, "Authorization", "Bearer " + key);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    if (expected == 404) {
      assertThat(Http.json(response).get("detail").stringValue()).contains("'" + unit + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/reporting/due?from=2026-07-01 | unit",
        "/api/v1/reporting/due?unit=52&from=1/7/2026 | from",
        "/api/v1/reporting/due?unit=52&from=2026-07-01&to=2026-06-30 | to",
        "/api/v1/reporting/due?unit=52&from=2026-01-01&to=2030-01-01 | to"
      })
  void aBadQueryIsAProblemNamingItsParameter(String path, String parameter) throws Exception {
    HttpResponse<String> response = http.get(path);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("detail").stringValue()).contains("'" + parameter + "'");
  }
}
