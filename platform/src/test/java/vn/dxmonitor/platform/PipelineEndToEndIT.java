package vn.dxmonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.platform.support.QuickAlerts;

/**
 * The whole pipeline in one JVM, on a real KRaft broker and a real Elasticsearch node: events in
 * through the ingest API, values out of the status API, an alert for a commune far behind.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();
  private static final String QUY_NHON = "21583";
  private static final String AN_LAO = "21609";
  private static final String KCAT_UNIT = "21589";

  private static Path adminKeyFile;

  @LocalServerPort int port;
  @Autowired AlertRules alertRules;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  private PlatformApi api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "e2e-" + RUN);
  }

  @Test
  @Order(1)
  void eventsBecomeValuesRollUpAndRaiseAnAlertAndARetryChangesNothing() throws Exception {
    // Alerts fire after a pending period (15 minutes by default); a second here
    QuickAlerts.behindFiresAfterOneSecond(alertRules);
    // Given ten work records of yesterday for one commune, seven handled online
    String batch = batch("quy-nhon", QUY_NHON, 7, 3);

    // When they are posted, then the commune's value is 70.0
    JsonNode first = post(batch);
    assertThat(first.get("accepted").intValue()).isEqualTo(10);
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(value(QUY_NHON)).isEqualTo(70.0));

    // When the same batch is posted again, and then one more record, only that record counts
    assertThat(post(batch).get("duplicates").intValue()).isEqualTo(10);
    post("[" + event("quy-nhon-extra", QUY_NHON, 1) + "]");
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(status(QUY_NHON).get("denominator").longValue()).isEqualTo(11));
    assertThat(status(QUY_NHON).get("numerator").longValue()).isEqualTo(8);

    // When a second commune reports 2 of 10 online, the province is the ratio of the sums
    post(batch("an-lao", AN_LAO, 2, 8));
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(status("52").get("denominator").longValue()).isEqualTo(21));
    JsonNode province = status("52");
    assertThat(province.get("numerator").longValue()).isEqualTo(10);
    assertThat(province.get("value").doubleValue())
        .isCloseTo(100.0 * 10 / 21, org.assertj.core.data.Offset.offset(1e-9));

    // And the commune far below its trajectory has a firing alert
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode alerts = get("/api/v1/alerts?unit=" + AN_LAO);
              assertThat(alerts.size()).isEqualTo(1);
              assertThat(alerts.get(0).get("state").stringValue()).isEqualTo("FIRING");
              assertThat(alerts.get(0).get("rule").stringValue()).isEqualTo("behind-trajectory");
            });
    assertThat(status(AN_LAO).get("status").stringValue()).isEqualTo("BEHIND");
  }

  @Test
  @Order(2)
  void eventsWrittenWithKcatAreCountedLikeThoseThroughTheApi() throws Exception {
    Path kcat = Path.of("/usr/bin/kcat");
    assumeTrue(
        Files.isExecutable(kcat),
        "kcat is not installed (apt-get install kcat); .ci/run installs it");
    // Given four work records written straight to the topic, one of them twice, and a bad line
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      lines
          .append(KCAT_UNIT)
          .append('|')
          .append(directEvent("kcat-" + i, i < 3 ? 1 : 0))
          .append('\n');
    }
    lines.append(KCAT_UNIT).append('|').append(directEvent("kcat-0", 1)).append('\n');
    lines.append(KCAT_UNIT).append("|{not json\n");

    // When kcat produces them, as a source system's script would
    Process producer =
        new ProcessBuilder(
                kcat.toString(),
                "-P",
                "-b",
                brokers,
                "-t",
                "dx.metric-events",
                "-K",
                "|",
                "-X",
                "partitioner=murmur2_random")
            .redirectErrorStream(true)
            .start();
    producer.getOutputStream().write(lines.toString().getBytes(StandardCharsets.UTF_8));
    producer.getOutputStream().close();
    assertThat(producer.waitFor()).isZero();

    // Then the commune counts each record once: 3 of 4 online
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(status(KCAT_UNIT).get("denominator").longValue()).isEqualTo(4));
    assertThat(status(KCAT_UNIT).get("numerator").longValue()).isEqualTo(3);
    assertThat(value(KCAT_UNIT)).isEqualTo(75.0);
  }

  private static String directEvent(String id, int numerator) {
    return String.format(
        "{\"eventId\":\"%s-%s\",\"source\":\"ioffice-script\",\"unit\":\"%s\","
            + "\"indicator\":\"work-records-online\",\"occurredAt\":\"%s\","
            + "\"numerator\":%d,\"denominator\":1}",
        RUN, id, KCAT_UNIT, YESTERDAY, numerator);
  }

  private Double value(String unit) throws Exception {
    JsonNode status = status(unit);
    return status == null || status.get("value").isNull()
        ? null
        : status.get("value").doubleValue();
  }

  private JsonNode status(String unit) throws Exception {
    for (JsonNode item : get("/api/v1/status?unit=" + unit)) {
      if (item.get("indicator").stringValue().equals("work-records-online")) {
        return item;
      }
    }
    return null;
  }

  private JsonNode get(String path) throws Exception {
    return api().get(path);
  }

  private JsonNode post(String body) throws Exception {
    return api().postEvents(body);
  }

  private PlatformApi api() {
    if (api == null) {
      api = new PlatformApi(port, adminKeyFile);
    }
    return api;
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
        "{\"eventId\":\"%s-%s\",\"unit\":\"%s\",\"indicator\":\"work-records-online\","
            + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":1}",
        RUN, id, unit, YESTERDAY, numerator);
  }
}
