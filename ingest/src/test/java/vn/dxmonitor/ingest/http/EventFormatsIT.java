package vn.dxmonitor.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.ingest.support.Api.YESTERDAY;
import static vn.dxmonitor.ingest.support.Api.event;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestApiTest;
import vn.dxmonitor.ingest.support.IngestTest;
import vn.dxmonitor.model.event.MetricEvent;

/** Every format of the contract, each stored as the same event on the topic. */
@IngestTest
class EventFormatsIT extends IngestApiTest {

  @Override
  protected String source() {
    return "e-office";
  }

  @Test
  void oneJsonEvent() {
    Api.Answer answer = api.events(event("fmt-one-1", "21583", 1, 1), key);

    assertAccepted(answer, 1);
    List<MetricEvent> stored = topic.events("fmt-one-");
    assertThat(stored).hasSize(1);
    MetricEvent event = stored.get(0);
    assertThat(event.source()).isEqualTo("e-office");
    assertThat(event.unit()).isEqualTo("21583");
    assertThat(event.numerator()).isEqualTo(1L);
    assertThat(event.denominator()).isEqualTo(1L);
  }

  @Test
  void theStoredEventCarriesItsAcceptanceAndKeyWhateverTheBodySays() {
    String forged =
        event("fmt-stamp-1", "21583", 1, 1)
            .replace("}", ",\"acceptedAt\":\"2020-01-01T00:00:00Z\",\"sentBy\":\"forged\"}");

    assertAccepted(api.events(forged, key), 1);

    MetricEvent stored = topic.events("fmt-stamp-").get(0);
    assertThat(stored.acceptedAt()).isAfter(java.time.Instant.now().minusSeconds(60));
    assertThat(stored.sentBy()).isNotEqualTo("forged").isNotBlank();
    assertThat(stored.retracts()).isFalse();
  }

  @Test
  void aJsonArrayAndAnEventsObject() {
    assertAccepted(
        api.events(
            "[" + event("fmt-arr-1", "21583", 1, 1) + "," + event("fmt-arr-2", "21589", 0, 1) + "]",
            key),
        2);
    assertAccepted(api.events("{\"events\": [" + event("fmt-obj-1", "21609", 1, 1) + "]}", key), 1);

    assertThat(topic.events("fmt-arr-"))
        .extracting(MetricEvent::eventId)
        .containsExactlyInAnyOrder("fmt-arr-1", "fmt-arr-2");
    assertThat(topic.events("fmt-obj-")).extracting(MetricEvent::unit).containsExactly("21609");
  }

  @Test
  void ndjsonWithABadLineRefusesThatLineOnly() {
    String body =
        event("fmt-nd-1", "21583", 1, 1)
            + "\n{\"eventId\": \"fmt-nd-2\", \"unit\": \n"
            + event("fmt-nd-3", "21583", 0, 1)
            + "\r\n";

    Api.Answer answer = api.post("/api/v1/events", body, "application/x-ndjson", key);

    assertThat(answer.status()).isEqualTo(202);
    JsonNode result = answer.json();
    assertThat(result.get("accepted").intValue()).isEqualTo(2);
    JsonNode rejected = result.get("rejected").get(0);
    assertThat(rejected.get("index").intValue()).isEqualTo(1);
    assertThat(rejected.get("errors").get(0).get("code").stringValue()).isEqualTo("unparseable");
    assertThat(rejected.get("errors").get(0).get("message").stringValue()).startsWith("line 2 ");
    assertThat(topic.events("fmt-nd-"))
        .extracting(MetricEvent::eventId)
        .containsExactly("fmt-nd-1", "fmt-nd-3");
  }

  @Test
  void cloudEventStructured() {
    Api.Answer answer =
        api.post(
            "/api/v1/events",
            cloudEvent(
                "fmt-ce-1",
                "{\"unit\":\"21583\",\"indicator\":\"work-records-online\","
                    + "\"numerator\":1,\"denominator\":1}"),
            "application/cloudevents+json; charset=utf-8",
            key);

    assertAccepted(answer, 1);
    MetricEvent stored = topic.events("fmt-ce-").get(0);
    assertThat(stored.occurredAt().toString()).isEqualTo(YESTERDAY);
    assertThat(stored.numerator()).isEqualTo(1L);
  }

  @Test
  void cloudEventBatchAnswersPerEventInTheCloudEventsNames() {
    String body =
        "["
            + cloudEvent(
                "fmt-ceb-1",
                "{\"unit\":\"21583\",\"indicator\":\"work-records-online\","
                    + "\"numerator\":0,\"denominator\":1}")
            + ","
            + cloudEvent(
                "fmt-ceb-2",
                "{\"unit\":\"21583\",\"indicator\":\"work-records-online\","
                    + "\"numerator\":\"many\",\"denominator\":1}")
            + ","
            + cloudEvent("fmt-ceb-3", "{}").replace("vn.gov.dx.metric.v1", "com.example.other")
            + "]";

    Api.Answer answer = api.post("/api/v1/events", body, "application/cloudevents-batch+json", key);

    assertThat(answer.status()).isEqualTo(202);
    JsonNode result = answer.json();
    assertThat(result.get("accepted").intValue()).isEqualTo(1);
    JsonNode second = result.get("rejected").get(0);
    assertThat(second.get("index").intValue()).isEqualTo(1);
    assertThat(second.get("eventId").stringValue()).isEqualTo("fmt-ceb-2");
    assertThat(second.get("errors").get(0).get("field").stringValue()).isEqualTo("data.numerator");
    JsonNode third = result.get("rejected").get(1);
    assertThat(third.get("errors").get(0).get("field").stringValue()).isEqualTo("type");
    assertThat(third.get("errors").get(0).get("code").stringValue()).isEqualTo("wrong-event-type");
    assertThat(topic.events("fmt-ceb-"))
        .extracting(MetricEvent::eventId)
        .containsExactly("fmt-ceb-1");
  }

  @Test
  void cloudEventBinaryMode() {
    byte[] data =
        ("{\"unit\":\"21589\",\"indicator\":\"work-records-online\","
                + "\"numerator\":1,\"denominator\":2}")
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        Map.of(
            "ce-specversion", "1.0",
            "ce-id", "fmt-bin-1",
            "ce-type", "vn.gov.dx.metric.v1",
            "ce-source", "urn:ioffice:gia-lai",
            "ce-time", YESTERDAY);

    Api.Answer answer = api.post("/api/v1/events", data, "application/json", key, headers);

    assertAccepted(answer, 1);
    MetricEvent stored = topic.events("fmt-bin-").get(0);
    assertThat(stored.unit()).isEqualTo("21589");
    assertThat(stored.denominator()).isEqualTo(2L);
  }

  @Test
  void aCloudEventWithoutAnIdIsRefusedNamingIt() {
    String body = cloudEvent("x", "{}").replace("\"id\":\"x\",", "");

    Api.Answer answer = api.post("/api/v1/events", body, "application/cloudevents+json", key);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
    JsonNode error = answer.json().get("rejected").get(0).get("errors").get(0);
    assertThat(error.get("code").stringValue()).isEqualTo("invalid-cloudevent");
    assertThat(error.get("message").stringValue()).contains("id");
  }

  @Test
  void anUnknownContentTypeIsRefused() {
    Api.Answer answer =
        api.post("/api/v1/events", event("fmt-xml-1", "21583", 1, 1), "application/xml", key);

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.json().get("detail").stringValue()).contains("application/x-ndjson");
  }

  static String cloudEvent(String id, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\""
        + id
        + "\",\"type\":\"vn.gov.dx.metric.v1\",\"source\":\"urn:ioffice:gia-lai\",\"time\":\""
        + YESTERDAY
        + "\",\"datacontenttype\":\"application/json\",\"data\":"
        + data
        + "}";
  }

  private static void assertAccepted(Api.Answer answer, int count) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    assertThat(answer.json().get("accepted").intValue()).as(answer.body()).isEqualTo(count);
    assertThat(answer.json().get("rejected").size()).as(answer.body()).isZero();
  }
}
