package vn.dxmonitor.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.testsupport.shared.SharedData;

/**
 * Issue 3's acceptance, as a new user would check it, on a real broker and a real Elasticsearch
 * node: the national unit lists and the 2025 mapping imported through the API, events for retired
 * codes, and a plan written through the API whose status at several dates matches a computation by
 * hand.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogAcceptanceIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();
  private static final String PLAN = "acceptance-" + RUN;
  private static final String RECORDS = "work-records-online";

  private static Path adminKeyFile;
  private static PlatformApi api;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "catalog-" + RUN);
  }

  private PlatformApi api() {
    if (api == null) {
      api = new PlatformApi(port, adminKeyFile);
    }
    return api;
  }

  @Test
  @Order(1)
  void theNationalListsAndTheMappingImportThroughTheApi() throws Exception {
    Path dir = SharedData.requireAdminUnits();
    long started = System.nanoTime();
    JsonNode before =
        postCsv("/api/v1/units/import?validTo=2025-07-01", dir.resolve("units-2025-03-01.csv"));
    JsonNode after =
        postCsv("/api/v1/units/import?validFrom=2025-07-01", dir.resolve("units-2025-07-01.csv"));
    JsonNode mapping =
        postCsv(
            "/api/v1/units/reorganisations?effective=2025-07-01",
            dir.resolve("reorg-2025-07-01.csv"));
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    LoggerFactory.getLogger(CatalogAcceptanceIT.class)
        .info("Imported both unit lists and the mapping through the API in {} ms", millis);

    assertThat(before.get("imported").intValue()).isEqualTo(63 + 696 + 10_047);
    assertThat(after.get("imported").intValue()).isEqualTo(34 + 3_321);
    assertThat(mapping.get("imported").intValue()).isPositive();
    assertThat(get("/api/v1/units?level=commune&parent=52&asOf=2025-08-01").size()).isEqualTo(135);
    assertThat(get("/api/v1/units?level=province&asOf=2025-08-01").size()).isEqualTo(34);
    assertThat(get("/api/v1/units?level=province&asOf=2025-03-01").size()).isEqualTo(63);
    JsonNode audit = get("/api/v1/audit?kind=units");
    assertThat(audit.size()).isEqualTo(2);
    assertThat(audit.get(0).get("actor").stringValue()).startsWith("key:");
  }

  @Test
  @Order(2)
  void anEventForACodeMergedWholeLandsOnItsSuccessorAndASplitOneIsRefusedNamingThem()
      throws Exception {
    // Phường Đống Đa (21556) went whole into Phường Quy Nhơn (21583) on 2025-07-01;
    // Xã An Nghĩa (21634) was split between Xã An Toàn (21622) and Xã An Hòa (21628).
    JsonNode answer =
        postEvents("[" + event("merged", "21556", 1) + "," + event("split", "21634", 1) + "]");

    assertThat(answer.get("accepted").intValue()).isEqualTo(1);
    JsonNode refused = answer.get("rejected").get(0);
    assertThat(refused.get("index").intValue()).isEqualTo(1);
    JsonNode error = refused.get("errors").get(0);
    assertThat(error.get("field").stringValue()).isEqualTo("unit");
    assertThat(error.get("code").stringValue()).isEqualTo("retired-unit-split");
    assertThat(error.get("message").stringValue())
        .contains("21634", "21622 Xã An Toàn", "21628 Xã An Hòa");
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(records("21583", "").get("denominator").longValue()).isEqualTo(1));
  }

  @Test
  @Order(3)
  void aPlanWrittenThroughTheApiGivesTheStatusComputedByHand() throws Exception {
    String plan =
        """
        {"id": "%s", "name": "Kế hoạch kiểm thử", "province": "gia-lai", "issuedAt": "2026-01-01",
         "source": "acceptance test", "issuedFor": ["52"],
         "targets": [{"indicator": "work-records-online", "level": "commune", "comparator": ">=",
                      "value": 90, "deadline": "2027-12-31",
                      "baseline": {"date": "2026-01-01", "value": 40},
                      "milestones": [{"date": "2026-12-31", "value": 70}],
                      "curve": "linear", "tolerance": 5,
                      "quote": "90%% hồ sơ công việc cấp xã xử lý trên môi trường mạng"}]}
        """
            .formatted(PLAN);
    HttpResponse<String> created = send("POST", "/api/v1/plans", "application/json", plan);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("X-Plan-Version")).contains("1");

    // Six of ten work records of Phường Quy Nhơn Tây handled online: 60 %.
    postEvents(batch("tay", "21589", 6, 4));
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(records("21589", "&plan=" + PLAN).get("value").doubleValue())
                    .isEqualTo(60.0));

    // 2026-07-01 is day 181 of the 364 from the baseline to the milestone:
    // expected = 40 + 30·181/364 = 54.9176; gap = 60 − 54.9176 = 5.0824; on track, 0 days behind.
    assertStatus("2026-07-01", 54.9176, 5.0824, "ON_TRACK", 0);
    // 2026-11-23 is day 326: expected = 40 + 30·326/364 = 66.8681; gap = −6.8681, beyond the
    // tolerance of 5: behind. The line stood at 60 on day 20·364/30 = 242.67, so on day 242
    // (2026-08-31), 84 days earlier.
    assertStatus("2026-11-23", 66.8681, -6.8681, "BEHIND", 84);
    // 2027-06-30 is day 181 of the 365 from the milestone to the deadline:
    // expected = 70 + 20·181/365 = 79.9178; gap = −19.9178; 303 days after 2026-08-31.
    assertStatus("2027-06-30", 79.9178, -19.9178, "BEHIND", 303);
  }

  @Test
  @Order(4)
  void aChangeKeepsTheOldVersionAndIsAudited() throws Exception {
    HttpResponse<String> current = send("GET", "/api/v1/plans/" + PLAN, null, null);
    JsonNode document = JsonCodec.mapper().readTree(current.body());
    String changed = current.body().replace("\"value\":90", "\"value\":95");
    assertThat(changed).isNotEqualTo(current.body());

    HttpResponse<String> updated =
        send("PUT", "/api/v1/plans/" + PLAN, "application/json", changed);

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(updated.headers().firstValue("X-Plan-Version")).contains("2");
    JsonNode versions = get("/api/v1/plans/" + PLAN + "/versions");
    assertThat(versions.size()).isEqualTo(2);
    assertThat(versions.get(0).get("plan").get("targets").get(0).get("value").intValue())
        .isEqualTo(document.get("targets").get(0).get("value").intValue())
        .isEqualTo(90);
    assertThat(versions.get(1).get("plan").get("targets").get(0).get("value").intValue())
        .isEqualTo(95);
    JsonNode audit = get("/api/v1/audit?kind=plan&id=" + PLAN);
    assertThat(audit.size()).isEqualTo(2);
    assertThat(audit.get(1).get("action").stringValue()).isEqualTo("update");
    assertThat(audit.get(1).get("before").get("targets").get(0).get("value").intValue())
        .isEqualTo(90);
    assertThat(audit.get(1).get("after").get("targets").get(0).get("value").intValue())
        .isEqualTo(95);
  }

  @Test
  @Order(5)
  void aBadPlanIsRefusedNamingEveryFieldAtFault() throws Exception {
    String plan =
        """
        {"id": "bad-%s", "issuedAt": "2026-01-01",
         "targets": [{"indicator": "no-such", "level": "commune", "comparator": "=>",
                      "value": 90, "deadline": "2027-12-31",
                      "milestones": [{"date": "2028-01-01", "value": 70}]}]}
        """
            .formatted(RUN);

    HttpResponse<String> answer = send("POST", "/api/v1/plans", "application/json", plan);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    JsonCodec.mapper()
        .readTree(answer.body())
        .get("errors")
        .forEach(error -> fields.add(error.get("field").stringValue()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "targets[0].indicator", "targets[0].comparator", "targets[0].milestones[0].date");
  }

  private void assertStatus(
      String asOf, double expected, double gap, String status, long daysBehind) throws Exception {
    JsonNode entry = records("21589", "&plan=" + PLAN + "&asOf=" + asOf);
    assertThat(entry.get("asOf").stringValue()).isEqualTo(asOf);
    assertThat(entry.get("value").doubleValue()).isEqualTo(60.0);
    assertThat(entry.get("expected").doubleValue()).as(asOf).isCloseTo(expected, within(0.01));
    assertThat(entry.get("gap").doubleValue()).as(asOf).isCloseTo(gap, within(0.01));
    assertThat(entry.get("status").stringValue()).as(asOf).isEqualTo(status);
    assertThat(entry.get("daysBehind").longValue()).as(asOf).isEqualTo(daysBehind);
    assertThat(entry.get("target").doubleValue()).isEqualTo(90.0);
    assertThat(entry.get("deadline").stringValue()).isEqualTo("2027-12-31");
    assertThat(entry.get("plan").stringValue()).isEqualTo(PLAN);
  }

  private JsonNode records(String unit, String query) throws Exception {
    for (JsonNode entry : get("/api/v1/status?unit=" + unit + query)) {
      if (RECORDS.equals(entry.get("indicator").stringValue())) {
        return entry;
      }
    }
    throw new AssertionError("no " + RECORDS + " entry for " + unit);
  }

  private JsonNode get(String path) throws Exception {
    return api().get(path);
  }

  private JsonNode postCsv(String path, Path file) throws Exception {
    HttpResponse<String> response = send("POST", path, "text/csv", Files.readString(file));
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JsonCodec.mapper().readTree(response.body());
  }

  private JsonNode postEvents(String body) throws Exception {
    return api().postEvents(body);
  }

  private HttpResponse<String> send(String method, String path, String type, String body)
      throws Exception {
    return api().send(method, path, type, body);
  }

  private static String batch(String prefix, String unit, int online, int offline) {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < online + offline; i++) {
      events.add(event(prefix + "-" + i, unit, i < online ? 1 : 0));
    }
    return "[" + String.join(",", events) + "]";
  }

  private static String event(String id, String unit, int numerator) {
    return String.format(
        "{\"eventId\":\"%s-%s\",\"unit\":\"%s\",\"indicator\":\"%s\","
            + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":1}",
        RUN, id, unit, RECORDS, YESTERDAY, numerator);
  }
}
