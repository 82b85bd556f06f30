package vn.dxmonitor.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.IngestApplication;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

@SpringBootTest(
    classes = IngestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "dx.ingest.keys.e-office=test-key-1",
      "dx.ingest.max-batch=50"
    })
@DirtiesContext
@EmbeddedKafka(partitions = 1)
class EventsApiIT {

  private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;

  private final HttpClient http = HttpClient.newHttpClient();
  private Consumer<String, MetricEvent> consumer;

  @BeforeEach
  void subscribe() {
    Map<String, Object> config =
        KafkaTestUtils.consumerProps(broker, "ingest-it-" + System.nanoTime(), false);
    consumer =
        new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), Topics.METRIC_EVENTS.valueSerde().deserializer())
            .createConsumer();
    consumer.subscribe(List.of(Topics.METRIC_EVENTS.name()));
  }

  @AfterEach
  void close() {
    consumer.close();
  }

  @Test
  void acceptedEventsAreOnTheTopicKeyedByUnitWithTheKeysSource() throws Exception {
    String body = "[" + event("ok-1", "21583", 1, 1) + "," + event("ok-2", "21609", 0, 1) + "]";

    HttpResponse<String> response = post(body, "application/json", "test-key-1");

    assertThat(response.statusCode()).isEqualTo(202);
    JsonNode result = JsonCodec.mapper().readTree(response.body());
    assertThat(result.get("accepted").intValue()).isEqualTo(2);
    assertThat(result.get("rejected").size()).isZero();
    List<ConsumerRecord<String, MetricEvent>> records = consume("ok-", 2);
    assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("21583", "21609");
    assertThat(records).allSatisfy(r -> assertThat(r.value().source()).isEqualTo("e-office"));
  }

  @Test
  void aBadItemIsRejectedByItselfNamingTheField() throws Exception {
    String body =
        "{\"events\": ["
            + event("mixed-1", "21583", 1, 1)
            + ","
            + event("mixed-2", "21583", 5, 3)
            + ","
            + event("mixed-1", "21583", 1, 1)
            + "]}";

    HttpResponse<String> response = post(body, "application/json", "test-key-1");

    assertThat(response.statusCode()).isEqualTo(202);
    JsonNode result = JsonCodec.mapper().readTree(response.body());
    assertThat(result.get("accepted").intValue()).isEqualTo(1);
    assertThat(result.get("duplicates").intValue()).isEqualTo(1);
    JsonNode rejected = result.get("rejected").get(0);
    assertThat(rejected.get("index").intValue()).isEqualTo(1);
    assertThat(rejected.get("eventId").stringValue()).isEqualTo("mixed-2");
    JsonNode error = rejected.get("errors").get(0);
    assertThat(error.get("field").stringValue()).isEqualTo("numerator");
    assertThat(error.get("code").stringValue()).isEqualTo("numerator-exceeds-denominator");
    assertThat(error.get("message").stringValue())
        .isEqualTo("numerator must be ≤ denominator, but was 5 > 3");
  }

  @Test
  void aBodyWithNoValidEventIsAProblemNamingEachField() throws Exception {
    String body =
        "{\"eventId\": \"x\", \"unit\": \"99999\", \"indicator\": \"work-records-online\","
            + " \"occurredAt\": \"yesterday\", \"numerator\": 1.5, \"denominator\": 1}";

    HttpResponse<String> response = post(body, "application/json", "test-key-1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JsonCodec.mapper().readTree(response.body());
    assertThat(problem.get("code").stringValue()).isEqualTo("no-valid-event");
    List<String> fields = new ArrayList<>();
    problem
        .get("rejected")
        .get(0)
        .get("errors")
        .forEach(e -> fields.add(e.get("field").stringValue()));
    assertThat(fields).containsExactlyInAnyOrder("occurredAt", "numerator");
  }

  @Test
  void unparseableJsonIsAProblem() throws Exception {
    HttpResponse<String> response = post("{\"eventId\": ", "application/json", "test-key-1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JsonCodec.mapper().readTree(response.body()).get("code").stringValue())
        .isEqualTo("unparseable-body");
  }

  @Test
  void missingOrUnknownKeysAreUnauthorized() throws Exception {
    String body = event("auth-1", "21583", 1, 1);

    assertThat(post(body, "application/json", null).statusCode()).isEqualTo(401);
    assertThat(post(body, "application/json", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void ndjsonLinesAreEvents() throws Exception {
    String body = event("nd-1", "21583", 1, 1) + "\n" + event("nd-2", "21583", 0, 1) + "\n";

    HttpResponse<String> response = post(body, "application/x-ndjson", "test-key-1");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(consume("nd-", 2))
        .extracting(r -> r.value().eventId())
        .containsExactly("nd-1", "nd-2");
  }

  @Test
  void aBatchOverTheLimitIsTooLarge() throws Exception {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      events.add(event("big-" + i, "21583", 1, 1));
    }

    HttpResponse<String> response =
        post("[" + String.join(",", events) + "]", "application/json", "test-key-1");

    assertThat(response.statusCode()).isEqualTo(413);
  }

  /** Records of this test (event ids with the prefix): the topic is shared by the class. */
  private List<ConsumerRecord<String, MetricEvent>> consume(String idPrefix, int count) {
    List<ConsumerRecord<String, MetricEvent>> records = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 10_000;
    while (records.size() < count && System.currentTimeMillis() < deadline) {
      for (ConsumerRecord<String, MetricEvent> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.value().eventId().startsWith(idPrefix)) {
          records.add(record);
        }
      }
    }
    return records;
  }

  private HttpResponse<String> post(String body, String contentType, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String event(String id, String unit, int numerator, int denominator) {
    return String.format(
        "{\"eventId\":\"%s\",\"unit\":\"%s\",\"indicator\":\"work-records-online\","
            + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":%d}",
        id, unit, YESTERDAY, numerator, denominator);
  }
}
