package vn.dxmonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Every accepted figure counts and can be put right, on the whole platform with a real broker and a
 * real Elasticsearch node: statistics of closed periods are counted until their revision window
 * closes and refused item by item after it; a report row sent again with another figure revises it,
 * with both figures in the revision log; a retracted live event leaves its unit and every ancestor,
 * once.
 */
@PlatformTest
class RevisionsIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PROVINCE = "52";
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String QUARTERLY = "fiber-coverage-households";
  private static final String YEARLY = "digital-economy-share-grdp";
  private static final String RECORDS = "work-records-online";
  private static final String CSV = "text/csv";

  private static java.nio.file.Path adminKeyFile;

  @LocalServerPort int port;

  private PlatformApi api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "revisions-" + RUN);
  }

  @Test
  void closedPeriodsCountInsideTheirWindowAreRefusedAfterItAndARevisedRowReplacesItsFigure()
      throws Exception {
    // The periods are read from today, whatever today is: the last quarter ended at most three
    // months ago (window 120 days), the quarter three before it at least six months ago, last
    // year at most a year ago (window 400 days).
    LocalDate today = VietnamTime.dateOf(Instant.now());
    String lastQuarter = quarter(today.minusMonths(3));
    String staleQuarter = quarter(today.minusMonths(9));
    String lastYear = String.valueOf(today.getYear() - 1);

    HttpResponse<String> answer =
        api()
            .postAsSource(
                "/api/v1/reports",
                CSV,
                "unit,indicator,period,value\n"
                    + PROVINCE
                    + ","
                    + QUARTERLY
                    + ","
                    + lastQuarter
                    + ",62.5\n"
                    + PROVINCE
                    + ","
                    + YEARLY
                    + ","
                    + lastYear
                    + ",12.4\n"
                    + PROVINCE
                    + ","
                    + QUARTERLY
                    + ","
                    + staleQuarter
                    + ",50\n");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    JsonNode rows = JsonCodec.mapper().readTree(answer.body()).get("rows");
    assertThat(rows.get(0).get("outcome").stringValue()).isEqualTo("accepted");
    assertThat(rows.get(1).get("outcome").stringValue()).isEqualTo("accepted");
    assertThat(rows.get(2).get("outcome").stringValue()).isEqualTo("rejected");
    JsonNode late = rows.get(2).get("errors").get(0);
    assertThat(late.get("code").stringValue()).isEqualTo("too-late");
    assertThat(late.get("field").stringValue()).isEqualTo("period");
    assertThat(late.get("message").stringValue()).contains("120 days", QUARTERLY);

    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              assertThat(value(PROVINCE, QUARTERLY)).isEqualTo(62.5);
              assertThat(value(PROVINCE, YEARLY)).isEqualTo(12.4);
            });

    // When the same row comes again with another figure, it is a revision
    String revised =
        "unit,indicator,period,value\n" + PROVINCE + "," + QUARTERLY + "," + lastQuarter + ",70\n";
    JsonNode revision =
        JsonCodec.mapper().readTree(api().postAsSource("/api/v1/reports", CSV, revised).body());
    assertThat(revision.get("rows").get(0).get("outcome").stringValue()).isEqualTo("revised");
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(value(PROVINCE, QUARTERLY)).isEqualTo(70.0));
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode log =
                  api().get("/api/v1/revisions?unit=" + PROVINCE + "&indicator=" + QUARTERLY);
              assertThat(log.size()).isEqualTo(1);
              assertThat(log.get(0).get("action").stringValue()).isEqualTo("revised");
              assertThat(log.get(0).get("before").get("value").doubleValue()).isEqualTo(62.5);
              assertThat(log.get(0).get("after").get("value").doubleValue()).isEqualTo(70.0);
              assertThat(log.get(0).get("before").get("sentBy").stringValue()).isNotBlank();
              assertThat(log.get(0).get("after").get("acceptedAt").isNull()).isFalse();
            });

    // And sending the revision again changes nothing
    JsonNode again =
        JsonCodec.mapper().readTree(api().postAsSource("/api/v1/reports", CSV, revised).body());
    assertThat(again.get("rows").get(0).get("outcome").stringValue()).isEqualTo("duplicate");
    assertThat(value(PROVINCE, QUARTERLY)).isEqualTo(70.0);
  }

  @Test
  void aRetractedLiveEventLeavesItsCommuneAndTheProvinceOnceHoweverOftenItIsRetracted()
      throws Exception {
    String yesterday = Instant.now().minus(Duration.ofDays(1)).toString();
    api()
        .postEvents(
            "["
                + ratio("r-1", QUY_NHON, yesterday, 3, 4)
                + ","
                + ratio("r-2", QUY_NHON, yesterday, 1, 1)
                + ","
                + ratio("r-3", AN_LAO, yesterday, 2, 5)
                + "]");
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(counts(PROVINCE)).containsExactly(6L, 10L));

    String retraction =
        "{\"eventId\":\"r-1\",\"unit\":\""
            + QUY_NHON
            + "\",\"indicator\":\""
            + RECORDS
            + "\",\"occurredAt\":\""
            + yesterday
            + "\",\"retract\":true}";
    JsonNode first = api().postEvents(retraction);
    assertThat(first.get("accepted").intValue()).isEqualTo(1);
    JsonNode retried = api().postEvents(retraction);
    assertThat(retried.get("duplicates").intValue()).isEqualTo(1);

    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              assertThat(counts(QUY_NHON)).containsExactly(1L, 1L);
              assertThat(counts(PROVINCE)).containsExactly(3L, 6L);
            });
    // A retraction of an event never accepted is refused in the answer, not dropped later
    HttpResponse<String> ghost =
        api()
            .postAsSource(
                "/api/v1/events",
                "application/json",
                retraction.replace("\"r-1\"", "\"never-sent\""));
    assertThat(ghost.statusCode()).isEqualTo(400);
    assertThat(ghost.body()).contains("unknown-event");
    assertThat(counts(PROVINCE)).containsExactly(3L, 6L);
  }

  private static String quarter(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  private static String ratio(String id, String unit, String at, long n, long d) {
    return "{\"eventId\":\""
        + id
        + "\",\"unit\":\""
        + unit
        + "\",\"indicator\":\""
        + RECORDS
        + "\",\"occurredAt\":\""
        + at
        + "\",\"numerator\":"
        + n
        + ",\"denominator\":"
        + d
        + "}";
  }

  private Double value(String unit, String indicator) throws Exception {
    JsonNode status = status(unit, indicator);
    return status == null || status.get("value").isNull()
        ? null
        : status.get("value").doubleValue();
  }

  private java.util.List<Long> counts(String unit) throws Exception {
    JsonNode status = status(unit, RECORDS);
    return java.util.List.of(
        status.get("numerator").longValue(), status.get("denominator").longValue());
  }

  private JsonNode status(String unit, String indicator) throws Exception {
    for (JsonNode item : api().get("/api/v1/status?unit=" + unit)) {
      if (item.get("indicator").stringValue().equals(indicator)) {
        return item;
      }
    }
    return null;
  }

  private PlatformApi api() {
    if (api == null) {
      api = new PlatformApi(port, adminKeyFile);
    }
    return api;
  }
}
