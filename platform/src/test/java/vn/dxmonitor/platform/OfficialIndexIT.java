package vn.dxmonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The 766 index computed live on the whole platform, with a real broker and a real Elasticsearch
 * node: dossier events of two communes and a department become their scores, and the province's
 * from the counts the processor rolls up, each exactly as worked out by hand below.
 */
@PlatformTest
// The second test revises the 766 method, which the first one's hand-worked points assume
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficialIndexIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PROVINCE = "52";
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String JUSTICE = "52STP";

  private static final Duration TODAY = Duration.ofMinutes(5);
  private static final Duration YESTERDAY = Duration.ofHours(24);

  private static Path adminKeyFile;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "official-index-" + RUN);
  }

  @Test
  @Order(1)
  void dossierEventsBecomeEachUnitsPointsAndTheProvincesFromItsUnitsCounts() throws Exception {
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    HttpResponse<String> imported =
        api.send(
            "POST",
            "/api/v1/units/import?validFrom=2025-07-01",
            "text/csv",
            "code,name,type,level,parent_code\n"
                + JUSTICE
                + ",Sở Tư pháp tỉnh Gia Lai,Sở,department,"
                + PROVINCE
                + "\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    List<String> events = new ArrayList<>();
    // Quy Nhơn, yesterday: as in ScorecardReaderTest, 87 points
    events.add(event(QUY_NHON, "dossiers-synced-to-portal", 19, 20, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-on-time", 9, 10, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-e-result", 6, 10, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-digitised", 17, 20, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-data-reused", 2, 5, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-fully-online", 5, 10, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-paid-online", 4, 5, YESTERDAY));
    events.add(event(QUY_NHON, "complaints-on-time", 3, 4, YESTERDAY));
    events.add(event(QUY_NHON, "dossiers-satisfied", 19, 20, YESTERDAY));
    // An Lão: everything synchronised, half on time, nothing else to count
    events.add(event(AN_LAO, "dossiers-synced-to-portal", 10, 10, TODAY));
    events.add(event(AN_LAO, "dossiers-on-time", 5, 10, TODAY));
    // The Department of Justice: 8 of 10 on time, 1 of 5 fee-bearing dossiers paid online
    events.add(event(JUSTICE, "dossiers-on-time", 8, 10, TODAY));
    events.add(event(JUSTICE, "dossiers-paid-online", 1, 5, TODAY));
    JsonNode answer = api.postEvents("[" + String.join(",", events) + "]");
    assertThat(answer.get("accepted").intValue()).as(answer.toString()).isEqualTo(events.size());

    // Quy Nhơn: 18×.95 = 17.1; 20×.9 = 18; 6×60/80 = 4.5, 6, 5×40/80 = 2.5, population data 5 by
    // no base; 12×50/80 = 7.5, 10; 6×75/90 = 5, 12×.95 = 11.4 → 87
    // An Lão: 18; 20×.5 = 10; 22, 22, 18 by no base → 90
    // Justice: 18; 20×.8 = 16; 22; 12 + 10×20/80 = 2.5; 18 → 88.5
    // Gia Lai from the sums: 18×29/30 = 17.4; 20×22/30 = 14.667; 18; 7.5 + 10×50/80 = 6.25;
    // 16.4 → 80.2167
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              assertThat(score(api, QUY_NHON).get("points").doubleValue()).isEqualTo(87.0);
              assertThat(score(api, AN_LAO).get("points").doubleValue()).isEqualTo(90.0);
              assertThat(score(api, JUSTICE).get("points").doubleValue()).isEqualTo(88.5);
              assertThat(score(api, PROVINCE).get("points").doubleValue()).isEqualTo(80.22);
            });

    JsonNode province = score(api, PROVINCE);
    assertThat(province.get("index").doubleValue()).isEqualTo(0.8022);
    assertThat(groupPoints(province)).containsExactly(17.4, 14.67, 18.0, 13.75, 16.4);
    JsonNode biggestLoss = province.get("lostBiggestFirst").get(0);
    // on time 22 of 30 loses 20 − 14.667 = 5.33 points, more than any other sub-indicator
    assertThat(biggestLoss.get("id").stringValue()).isEqualTo("on-time");
    assertThat(biggestLoss.get("lostPoints").doubleValue()).isEqualTo(5.33);
    assertThat(biggestLoss.get("figure").doubleValue()).isEqualTo(73.33);
    JsonNode population = province.get("groups").get(2).get("items").get(3);
    assertThat(population.get("basis").stringValue()).isEqualTo("no-base");
    assertThat(population.get("points").doubleValue()).isEqualTo(5.0);

    // The drill-down: the units that counted something, lowest first; the rest after them
    JsonNode under = api.get("/api/v1/scores/766/units?unit=" + PROVINCE);
    List<String> order = new ArrayList<>();
    under.forEach(unit -> order.add(unit.get("unit").stringValue()));
    assertThat(order.subList(0, 3)).containsExactly(QUY_NHON, JUSTICE, AN_LAO);
    assertThat(under.get(3).get("measured").booleanValue()).isFalse();

    // The score rules judge the same score: An Lão's progress, 10 of 20 points, is under 80 % of
    // them (16), and the alert names the index and the group
    String below = "score-below|" + AN_LAO + "|766/progress|-";
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode alert = alertOf(api, AN_LAO, below);
              assertThat(alert.get("state").stringValue()).isIn("PENDING", "FIRING");
              assertThat(alert.get("value").doubleValue()).isEqualTo(10.0);
              assertThat(alert.get("expected").doubleValue()).isEqualTo(16.0);
              assertThat(alert.get("summary").stringValue()).contains("Tiến độ giải quyết");
            });
    // A silence may name the group as it names an indicator; a group no scorecard has is refused
    String silence =
        "{\"matchers\": {\"unit\": \"%s\", \"indicator\": \"%s\"}, \"endsAt\": \"%s\","
            + " \"reason\": \"đang khắc phục\"}";
    String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();
    HttpResponse<String> silenced =
        api.send(
            "POST",
            "/api/v1/silences",
            "application/json",
            silence.formatted(AN_LAO, "766/progress", tomorrow));
    assertThat(silenced.statusCode()).as(silenced.body()).isEqualTo(201);
    HttpResponse<String> refused =
        api.send(
            "POST",
            "/api/v1/silences",
            "application/json",
            silence.formatted(AN_LAO, "766/speed", tomorrow));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("matchers.indicator", "766/speed");
    // Quy Nhơn's progress, 18 of 20, is not
    assertThat(alertIds(api, QUY_NHON))
        .doesNotContain("score-below|" + QUY_NHON + "|766/progress|-");

    // A district is not a level the 766 index scores, and an unknown index is answered as such
    HttpResponse<String> dti =
        api.send("GET", "/api/v1/scores/dti-2022?unit=" + QUY_NHON, null, null);
    assertThat(dti.statusCode()).isEqualTo(400);
    assertThat(JsonCodec.mapper().readTree(dti.body()).get("detail").stringValue())
        .contains("scores [province]", "is a commune");
    HttpResponse<String> unknown = api.send("GET", "/api/v1/scores/999?unit=52", null, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("unknown-scorecard", "766", "dti-2022");
  }

  private static JsonNode alertOf(PlatformApi api, String unit, String id) throws Exception {
    for (JsonNode alert : api.get("/api/v1/alerts?unit=" + unit)) {
      if (alert.get("id").stringValue().equals(id)) {
        return alert;
      }
    }
    throw new AssertionError("no alert " + id + " among " + alertIds(api, unit));
  }

  private static List<String> alertIds(PlatformApi api, String unit) throws Exception {
    List<String> ids = new ArrayList<>();
    api.get("/api/v1/alerts?unit=" + unit).forEach(a -> ids.add(a.get("id").stringValue()));
    return ids;
  }

  @Test
  @Order(2)
  void aRevisedMethodScoresFromItsFirstDayAndThePastKeepsTheOldOne() throws Exception {
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    String unit = "21592";
    // 9 of 10 on time, yesterday: 18 + 22 + 22 + 18 by no base and 20 × .9 = 18 → 98
    api.postEvents("[" + event(unit, "dossiers-on-time", 9, 10, YESTERDAY) + "]");
    LocalDate yesterday = VietnamTime.dateOf(Instant.now()).minusDays(1);
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              assertThat(score(api, unit).get("points").doubleValue()).isEqualTo(98.0);
              assertThat(
                      api.get("/api/v1/scores/766?unit=" + unit + "&asOf=" + yesterday)
                          .get("points")
                          .doubleValue())
                  .isEqualTo(98.0);
            });

    // The Government Office revises on-time results: full points from 70 %, from today
    ObjectNode revised =
        (ObjectNode) api.get("/api/v1/scorecards/766/versions").get(0).get("scorecard");
    ObjectNode onTime = (ObjectNode) revised.get("groups").get(1).get("items").get(0);
    onTime.put("rule", "threshold-linear").put("threshold", 70);
    HttpResponse<String> backdated =
        api.send(
            "PUT",
            "/api/v1/scorecards/766?validFrom=" + yesterday,
            "application/json",
            revised.toString());
    assertThat(backdated.statusCode()).isEqualTo(400);
    assertThat(backdated.body()).contains("validFrom", "must be today");
    HttpResponse<String> saved =
        api.send("PUT", "/api/v1/scorecards/766", "application/json", revised.toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(JsonCodec.mapper().readTree(saved.body()).get("version").intValue()).isEqualTo(2);

    assertThat(score(api, unit).get("points").doubleValue()).isEqualTo(100.0);
    assertThat(
            api.get("/api/v1/scores/766?unit=" + unit + "&asOf=" + yesterday)
                .get("points")
                .doubleValue())
        .isEqualTo(98.0);
    JsonNode methods = api.get("/api/v1/scorecards");
    // In the order of their ids, as the method page lists them
    assertThat(methods.get(0).get("id").stringValue()).isEqualTo("766");
    assertThat(methods.get(1).get("id").stringValue()).isEqualTo("dti-2022");
    JsonNode shown = methods.get(0).get("groups").get(1).get("items").get(0);
    assertThat(shown.get("rule").stringValue()).isEqualTo("threshold-linear");
    assertThat(api.get("/api/v1/scorecards/766/versions").size()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void publishedResultsSentAsReportsAreComparedWithTheLiveEstimateAndScoreDti() throws Exception {
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    String month = YearMonth.now(ZoneOffset.ofHours(7)).minusMonths(1).toString();
    // Last year: ended, and inside the pillars' two-year window whatever today is
    String year = String.valueOf(YearMonth.now(ZoneOffset.ofHours(7)).getYear() - 1);
    HttpResponse<String> answer =
        api.postAsSource(
            "/api/v1/reports",
            "text/csv",
            "unit,indicator,period,value\n"
                + PROVINCE
                + ",index-766-published,"
                + month
                + ",78.5\n"
                + PROVINCE
                + ",dti-awareness,"
                + year
                + ",1.0\n"
                + PROVINCE
                + ",dti-institutions,"
                + year
                + ",0.9\n"
                + PROVINCE
                + ",dti-infrastructure,"
                + year
                + ",0.8253\n"
                + PROVINCE
                + ",dti-human-resources,"
                + year
                + ",0.8487\n"
                + PROVINCE
                + ",dti-security,"
                + year
                + ",0.7578\n"
                + PROVINCE
                + ",dti-government,"
                + year
                + ",0.8575\n"
                + PROVINCE
                + ",dti-economy,"
                + year
                + ",0.7836\n"
                + PROVINCE
                + ",dti-society,"
                + year
                + ",0.5197\n");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

    // The published pillars give the published total: 800.175 → 800.18 points, DTI 0.8002
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              JsonNode dti = api.get("/api/v1/scores/dti-2022?unit=" + PROVINCE);
              assertThat(dti.get("points").doubleValue()).isEqualTo(800.18);
              assertThat(dti.get("index").doubleValue()).isEqualTo(0.8002);
              JsonNode live = score(api, PROVINCE);
              assertThat(live.get("published").doubleValue()).isEqualTo(78.5);
              assertThat(live.get("difference").doubleValue())
                  .isEqualTo(
                      new java.math.BigDecimal(live.get("points").doubleValue() - 78.5)
                          .setScale(2, java.math.RoundingMode.HALF_UP)
                          .doubleValue());
            });
  }

  private static JsonNode score(PlatformApi api, String unit) throws Exception {
    return api.get("/api/v1/scores/766?unit=" + unit);
  }

  private static List<Double> groupPoints(JsonNode score) {
    List<Double> points = new ArrayList<>();
    score.get("groups").forEach(group -> points.add(group.get("points").doubleValue()));
    return points;
  }

  private static String event(
      String unit, String indicator, long numerator, long denominator, Duration ago) {
    String at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minus(ago).toString();
    return "{\"eventId\":\"one-stop-"
        + RUN
        + "-"
        + unit
        + "-"
        + indicator
        + "\",\"unit\":\""
        + unit
        + "\",\"indicator\":\""
        + indicator
        + "\",\"occurredAt\":\""
        + at
        + "\",\"numerator\":"
        + numerator
        + ",\"denominator\":"
        + denominator
        + "}";
  }
}
