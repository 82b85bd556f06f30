package vn.dxmonitor.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.alerting.deliver.WebhookSignature;
import vn.dxmonitor.alerting.support.AlertmanagerProcess;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.alerting.support.WebhookReceiver;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * An operator's day on a real broker, the real Elasticsearch node, a real SMTP server (GreenMail)
 * and a real Alertmanager: rules and receivers set through the API, a commune pushed below its
 * trajectory fires, a signed webhook and an e-mail arrive and Alertmanager lists it; the operator
 * acknowledges it through the API; back on track it resolves and a resolved notice follows.
 * Operators of another subtree see none of it.
 */
@SpringBootTest(
    classes = AlertingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@DirtiesContext
@EmbeddedKafka(
    partitions = 1,
    // One broker: the transaction log the configuration's audited writes use has one replica.
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class OperatorFlowIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String AN_LAO = "21609";
  private static final String SECRET = "webhook-secret-" + RUN;
  private static final String ALERT_ID =
      Alert.idOf("behind-trajectory", AN_LAO, "work-records-online", "binh-dinh-nq-05-nq-tu");

  private static GreenMail smtp;
  private static WebhookReceiver webhook;
  private static AlertmanagerProcess alertmanager;

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ApiKeyRegistry keys;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startReceivers() throws Exception {
    alertmanager = AlertmanagerProcess.start(Path.of("target", "alertmanager-" + RUN));
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    webhook = new WebhookReceiver();
  }

  @AfterAll
  static void stopReceivers() {
    if (webhook != null) {
      webhook.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (alertmanager != null) {
      alertmanager.close();
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> "operator-" + RUN + "-");
    registry.add("dx.alerting.state-dir", () -> "target/operator-it-" + RUN);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("dx.alerting.alertmanager.urls", () -> alertmanager.uri().toString());
    registry.add("dx.alerting.alertmanager.resend-interval", () -> "5s");
    registry.add("dx.alerting.delivery.initial-backoff", () -> "200ms");
    // The test's webhook listens on loopback, which webhooks may reach only when allowed.
    registry.add("dx.alerting.delivery.allowed-webhook-hosts", () -> "127.0.0.1");
  }

  @Test
  void aCommuneBehindIsNotifiedAcknowledgedAndResolvedWithinItsOperatorsScope() throws Exception {
    String admin = "admin-" + RUN;
    keys.ensureAdmin(admin, "test");
    String operator =
        keys.create(
                new KeyRequest("ops-gia-lai", KeyRole.OPERATOR, List.of("52"), List.of()), "test")
            .key();
    String stranger =
        keys.create(
                new KeyRequest("ops-quy-nhon", KeyRole.OPERATOR, List.of("21583"), List.of()),
                "test")
            .key();
    // An administrator of some units is held to them here as everywhere, never national.
    String strangerAdmin =
        keys.create(
                new KeyRequest("admin-quy-nhon", KeyRole.ADMIN, List.of("21583"), List.of()),
                "test")
            .key();

    HttpResponse<String> badRules =
        put("/api/v1/rules", admin, "rules:\n  - rule: behind-trajectory\n    pendingFor: soon\n");
    assertThat(badRules.statusCode()).isEqualTo(400);
    assertThat(json(badRules).get("fields").get("rules[0].pendingFor").stringValue())
        .contains("ISO-8601");
    assertThat(put("/api/v1/rules", operator, "rules: []").statusCode()).isEqualTo(403);
    assertThat(
            put(
                    "/api/v1/rules",
                    admin,
                    """
                    rules:
                      - rule: behind-trajectory
                        pendingFor: PT2S
                        resolveFor: PT3S
                      - {rule: projected-miss, enabled: false}
                      - {rule: unreachable, enabled: false}
                      - {rule: regression, enabled: false}
                      - {rule: missed, enabled: false}
                      - {rule: no-data, enabled: false}
                    """)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> receivers =
        put(
            "/api/v1/receivers",
            admin,
            """
            routing: {groupWait: PT1S, groupInterval: PT2S, repeatInterval: PT1H, escalateAfter: PT1H}
            receivers:
              - id: so-tttt-gia-lai
                unit: "52"
                name: Sở KH&CN Gia Lai
                webhook: {url: "%s", secret: "%s"}
                email: [truc-dx@gialai.gov.vn]
            """
                .formatted(webhook.uri(), SECRET));
    assertThat(receivers.statusCode()).isEqualTo(200);
    assertThat(receivers.body()).doesNotContain(SECRET);

    send(20.0);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(webhook.calls()).isNotEmpty());
    WebhookReceiver.Call call = webhook.calls().get(0);
    assertThat(
            WebhookSignature.verify(
                SECRET, call.signature(), call.body(), Duration.ofMinutes(5), Clock.systemUTC()))
        .isTrue();
    assertThat(
            WebhookSignature.verify(
                "another-secret-entirely",
                call.signature(),
                call.body(),
                Duration.ofMinutes(5),
                Clock.systemUTC()))
        .isFalse();
    JsonNode notification = JsonCodec.mapper().readTree(call.body());
    assertThat(notification.get("id").stringValue()).isEqualTo(call.notificationId());
    assertThat(notification.get("firing").get(0).get("id").stringValue()).isEqualTo(ALERT_ID);

    await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length > 0);
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).contains("1 cảnh báo mới").contains("Hồ sơ công việc");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("truc-dx@gialai.gov.vn");
    assertThat(mail.getMessageID()).isEqualTo("<" + call.notificationId() + "@dx-monitor>");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(alertmanager.alerts())
                    .contains(ALERT_ID)
                    .contains("\"alertname\":\"behind-trajectory\""));

    JsonNode listed = json(get("/api/v1/alerts?unit=" + AN_LAO + "&state=firing", operator));
    assertThat(listed.size()).isEqualTo(1);
    assertThat(listed.get(0).get("id").stringValue()).isEqualTo(ALERT_ID);
    for (String outsider : List.of(stranger, strangerAdmin)) {
      assertThat(json(get("/api/v1/alerts", outsider)).size()).isZero();
      assertThat(get("/api/v1/alerts/" + encoded(ALERT_ID), outsider).statusCode()).isEqualTo(404);
      assertThat(post("/api/v1/alerts/" + encoded(ALERT_ID) + "/ack", outsider, "{}").statusCode())
          .isEqualTo(404);
    }
    assertThat(get("/api/v1/alerts?state=open", operator).statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/alerts", null).statusCode()).isEqualTo(401);

    HttpResponse<String> acked =
        post(
            "/api/v1/alerts/" + encoded(ALERT_ID) + "/ack",
            operator,
            "{\"comment\":\"đang liên hệ xã\"}");
    assertThat(acked.statusCode()).isEqualTo(200);
    JsonNode acknowledged = json(acked).get("acknowledged");
    assertThat(acknowledged.get("comment").stringValue()).isEqualTo("đang liên hệ xã");
    assertThat(acknowledged.get("by").stringValue()).startsWith("key:");
    JsonNode detail = json(get("/api/v1/alerts/" + encoded(ALERT_ID), operator));
    assertThat(detail.get("history").toString())
        .contains("\"pending\"", "\"firing\"", "\"acknowledged\"");

    int beforeResolve = webhook.calls().size();
    send(95.0);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(webhook.calls().subList(beforeResolve, webhook.calls().size()))
                    .anySatisfy(
                        resolved ->
                            assertThat(
                                    JsonCodec.mapper()
                                        .readTree(resolved.body())
                                        .get("resolved")
                                        .get(0)
                                        .get("id")
                                        .stringValue())
                                .isEqualTo(ALERT_ID)));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(alertmanager.alerts()).doesNotContain(ALERT_ID));
    assertThat(webhook.calls())
        .extracting(WebhookReceiver.Call::notificationId)
        .doesNotHaveDuplicates();
  }

  @Test
  void operatorsSilenceOnlyWithinTheirSubtreeAndEveryBadFieldIsNamed() throws Exception {
    String admin = "admin-" + RUN;
    keys.ensureAdmin(admin, "test");
    String operator =
        keys.create(
                new KeyRequest("ops-quy-nhon-2", KeyRole.OPERATOR, List.of("21583"), List.of()),
                "test")
            .key();

    String communeAdmin =
        keys.create(
                new KeyRequest("admin-quy-nhon-2", KeyRole.ADMIN, List.of("21583"), List.of()),
                "test")
            .key();
    for (String scoped : List.of(operator, communeAdmin)) {
      HttpResponse<String> outside =
          post(
              "/api/v1/silences",
              scoped,
              "{\"matchers\":{\"unit\":\"52\"},\"endsAt\":\"2099-01-01T00:00:00+07:00\",\"reason\":\"Tết\"}");
      assertThat(outside.statusCode()).isEqualTo(403);
      assertThat(json(outside).get("field").stringValue()).isEqualTo("matchers.unit");
    }

    HttpResponse<String> bad =
        post(
            "/api/v1/silences",
            operator,
            "{\"matchers\":{\"unit\":\"21583\",\"rule\":\"late\"},\"windows\":[{\"days\":[\"caturday\"],\"from\":\"9h\",\"to\":\"11:00\"}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("fields").propertyNames())
        .contains("matchers.rule", "windows[0].days[0]", "windows[0].from", "reason");

    HttpResponse<String> weekends =
        post(
            "/api/v1/silences",
            operator,
            "{\"matchers\":{\"unit\":\"21583\"},\"windows\":[{\"days\":[\"sat\",\"sun\"],\"from\":\"00:00\",\"to\":\"00:00\"}],\"reason\":\"nghỉ cuối tuần\"}");
    assertThat(weekends.statusCode()).isEqualTo(201);
    String id = json(weekends).get("id").stringValue();
    assertThat(json(get("/api/v1/silences", operator)).toString()).contains(id);

    HttpResponse<String> expired = delete("/api/v1/silences/" + id, operator);
    assertThat(expired.statusCode()).isEqualTo(200);
    assertThat(json(expired).get("expiredBy").stringValue()).startsWith("key:");
    assertThat(json(get("/api/v1/silences", operator)).toString()).doesNotContain(id);
    assertThat(json(get("/api/v1/silences?all=true", admin)).toString()).contains(id);

    // A recurring silence may name holidays: Tết's days every year, whatever their dates.
    HttpResponse<String> tet =
        post(
            "/api/v1/silences",
            operator,
            "{\"matchers\":{\"unit\":\"21583\"},\"windows\":[{\"days\":[\"tet\",\"sun\"],\"from\":\"00:00\",\"to\":\"00:00\"}],\"reason\":\"Nghỉ Tết\"}");
    assertThat(tet.statusCode()).as(tet.body()).isEqualTo(201);
    assertThat(json(tet).get("windows").get(0).get("holidays").get(0).stringValue())
        .isEqualTo("tet");
    HttpResponse<String> unknownHoliday =
        post(
            "/api/v1/silences",
            operator,
            "{\"matchers\":{\"unit\":\"21583\"},\"windows\":[{\"days\":[\"trung-thu\"],\"from\":\"00:00\",\"to\":\"00:00\"}],\"reason\":\"Trung thu\"}");
    assertThat(unknownHoliday.statusCode()).isEqualTo(400);
    assertThat(json(unknownHoliday).get("fields").get("windows[0].days[0]").stringValue())
        .contains("'holidays'")
        .contains("tet");
  }

  private void send(double value) {
    Map<String, Object> config = KafkaTestUtils.producerProps(broker);
    try (var producer =
        new KafkaProducer<>(
            config, new StringSerializer(), Topics.INDICATOR_VALUES.valueSerde().serializer())) {
      IndicatorValue indicatorValue =
          Values.ratio(AN_LAO, "52", "work-records-online", value, Instant.now());
      producer.send(
          new ProducerRecord<>(
              Topics.INDICATOR_VALUES.name(), indicatorValue.key(), indicatorValue));
      producer.flush();
    }
  }

  private static String encoded(String id) {
    return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path, String key) throws Exception {
    return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> delete(String path, String key) throws Exception {
    return http.send(request(path, key).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String key, String json) throws Exception {
    return http.send(
        request(path, key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> put(String path, String key, String yaml) throws Exception {
    return http.send(
        request(path, key)
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    return key == null ? builder : builder.header("Authorization", "Bearer " + key);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JsonCodec.mapper().readTree(response.body());
  }
}
