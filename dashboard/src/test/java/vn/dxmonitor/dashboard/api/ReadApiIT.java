package vn.dxmonitor.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.dashboard.search.AlertQuery;
import vn.dxmonitor.dashboard.search.AlertSearch;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.dashboard.support.Http;
import vn.dxmonitor.dashboard.support.TestIndices;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.runtime.catalog.CatalogReader;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/** The read API against a real Elasticsearch node holding documents as the services write them. */
@DashboardTest
class ReadApiIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Instant NOW = Instant.parse("2026-11-20T02:15:00Z");

  @LocalServerPort int port;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames indexNames;
  @Autowired ApiKeyRegistry keys;

  private Http http;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-api-" + RUN + "-");
  }

  @BeforeEach
  void indices() throws Exception {
    http = new Http(port);
    TestIndices.create(client, indexNames.indicators());
    TestIndices.create(client, indexNames.alerts());
  }

  @Test
  void statusPutsTheIndexedValueAgainstTheGoverningTargetOfTheSeedCatalog() throws Exception {
    TestIndices.put(
        client,
        indexNames.indicators(),
        Values.value("21583", BuiltInCatalog.WORK_RECORDS_ONLINE, 853, Status.ON_TRACK, NOW));
    TestIndices.put(
        client,
        indexNames.indicators(),
        Values.value("21589", BuiltInCatalog.TTHC_DOSSIERS_ONLINE, 111, Status.BEHIND, NOW));

    HttpResponse<String> response = http.get("/api/v1/status?unit=21583&asOf=2026-11-23");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode entries = Http.json(response);
    assertThat(entries.isArray()).isTrue();
    JsonNode records = entry(entries, "work-records-online");
    assertThat(records.get("unit").stringValue()).isEqualTo("21583");
    assertThat(records.get("value").doubleValue()).isEqualTo(85.3);
    assertThat(records.get("numerator").longValue()).isEqualTo(853);
    assertThat(records.get("denominator").longValue()).isEqualTo(1000);
    // NQ 05-NQ/TU: communes at >= 80 % by 2025, >= 70 % by 2030; the 2030 target governs today.
    assertThat(records.get("plan").stringValue()).isEqualTo("binh-dinh-nq-05-nq-tu");
    assertThat(records.get("target").doubleValue()).isEqualTo(70.0);
    assertThat(records.get("comparator").stringValue()).isEqualTo(">=");
    assertThat(records.get("deadline").stringValue()).isEqualTo("2030-12-31");
    assertThat(records.get("status").stringValue()).isEqualTo("ACHIEVED");
    assertThat(records.get("valueAt").stringValue()).isEqualTo("2026-11-20T02:15:00Z");
    for (JsonNode entry : entries) {
      assertThat(entry.get("targetId").isNull() && entry.get("value").isNull())
          .as(entry.toString())
          .isFalse();
    }
  }

  @Test
  void statusOfAUnitWithNothingIndexedIsNoDataAgainstEveryTarget() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/status?unit=21640");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode entries = Http.json(response);
    assertThat(entries.size()).isPositive();
    for (JsonNode entry : entries) {
      assertThat(entry.get("value").isNull()).isTrue();
      assertThat(entry.get("status").stringValue()).isEqualTo("NO_DATA");
    }
  }

  private static JsonNode entry(JsonNode entries, String indicator) {
    for (JsonNode entry : entries) {
      if (indicator.equals(entry.get("indicator").stringValue())) {
        return entry;
      }
    }
    throw new AssertionError("no entry for " + indicator + " in " + entries);
  }

  @Test
  void statusOfAnUnknownUnitIsANotFoundProblemNamingTheParameter() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/status?unit=99999");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Http.json(response);
    assertThat(problem.get("status").intValue()).isEqualTo(404);
    assertThat(problem.get("code").stringValue()).isEqualTo("unknown-unit");
    assertThat(problem.get("parameter").stringValue()).isEqualTo("unit");
    assertThat(problem.get("detail").stringValue()).contains("'unit'").contains("99999");
  }

  @Test
  void statusWithoutAUnitIsABadRequestProblemNamingTheParameter() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/status");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Http.json(response);
    assertThat(problem.get("code").stringValue()).isEqualTo("missing-parameter");
    assertThat(problem.get("parameter").stringValue()).isEqualTo("unit");
  }

  @Test
  void unitsAreTheRegistryProvinceFirstWithLowerCaseLevels() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/units");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode units = Http.json(response);
    assertThat(units.size()).isEqualTo(13);
    JsonNode province = units.get(0);
    assertThat(province.get("code").stringValue()).isEqualTo("52");
    assertThat(province.get("name").stringValue()).isEqualTo("Tỉnh Gia Lai");
    assertThat(province.get("level").stringValue()).isEqualTo("province");
    assertThat(province.get("parent").isNull()).isTrue();
    JsonNode commune = units.get(2);
    assertThat(commune.get("code").stringValue()).isEqualTo("21583");
    assertThat(commune.get("name").stringValue()).isEqualTo("Phường Quy Nhơn");
    assertThat(commune.get("level").stringValue()).isEqualTo("commune");
    assertThat(commune.get("parent").stringValue()).isEqualTo("52");
  }

  @Test
  void indicatorsAreTheCatalogWithPillarAndKindByTheirIds() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/indicators");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode indicators = Http.json(response);
    assertThat(indicators.size()).isEqualTo(CatalogReader.seed().indicators().size());
    JsonNode records = null;
    for (JsonNode indicator : indicators) {
      if ("work-records-online".equals(indicator.get("id").stringValue())) {
        records = indicator;
      }
    }
    assertThat(records).isNotNull();
    assertThat(records.get("id").stringValue()).isEqualTo("work-records-online");
    assertThat(records.get("nameVi").stringValue())
        .isEqualTo("Hồ sơ công việc xử lý trên môi trường mạng");
    assertThat(records.get("nameEn").stringValue()).isEqualTo("Work records processed online");
    assertThat(records.get("pillar").stringValue()).isEqualTo("digital-government");
    assertThat(records.get("kind").stringValue()).isEqualTo("ratio-of-counts");
    assertThat(records.get("unitOfMeasure").stringValue()).isEqualTo("percent");
    assertThat(records.get("windowDays").intValue()).isEqualTo(30);
  }

  @Test
  void indicesThatDoNotExistYetReadAsNoDocuments() {
    IndexNames absent = new IndexNames("dashboard-absent-" + RUN + "-");

    assertThat(
            new IndicatorValueSearch(client, absent)
                .forUnits(List.of("52"), List.of("work-records-online")))
        .isEmpty();
    assertThat(new AlertSearch(client, absent).find(AlertQuery.firing(10))).isEmpty();
  }

  private List<String> ids(String path) throws Exception {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    Http.json(response).forEach(alert -> ids.add(alert.get("id").stringValue()));
    return ids;
  }

  @Test
  void changingTheCatalogNeedsAnAdministratorButReadingItOnlyAViewer() throws Exception {
    String indicator = "{\"id\": \"guarded\", \"kind\": \"counter\"}";
    String source =
        keys.create(new KeyRequest("e-office", KeyRole.SOURCE, List.of("52"), List.of()), "test")
            .key();

    Http nobody = Http.anonymous(port);
    HttpResponse<String> anonymous =
        nobody.post("/api/v1/indicators", "application/json", indicator);
    HttpResponse<String> bySource =
        http.post(
            "/api/v1/indicators",
            "application/json",
            indicator,
            "Authorization",
            "Bearer " + source);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(Http.contentType(anonymous)).startsWith("application/problem+json");
    assertThat(bySource.statusCode()).isEqualTo(403);
    assertThat(nobody.get("/api/v1/audit").statusCode()).isEqualTo(401);
    assertThat(nobody.get("/api/v1/indicators").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/audit", "Authorization", "Bearer " + source).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/v1/indicators", "Authorization", "Bearer " + source).statusCode())
        .isEqualTo(200);
  }
}
