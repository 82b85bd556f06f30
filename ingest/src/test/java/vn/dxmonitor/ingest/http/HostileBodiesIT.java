package vn.dxmonitor.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestTest;
import vn.dxmonitor.ingest.support.TopicReader;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/**
 * Hundreds of malformed, truncated, oversized, mistyped and hostile bodies: none gets a 5xx, each
 * answer is a problem naming what is wrong or a per-item error naming the field, and nothing
 * reaches the topic.
 */
@IngestTest
class HostileBodiesIT {

  private static final String PREFIX = "hostile-";
  private static final String VALID =
      "{\"eventId\":\"hostile-0\",\"unit\":\"21583\",\"indicator\":\"work-records-online\","
          + "\"occurredAt\":\""
          + Api.YESTERDAY
          + "\",\"numerator\":1,\"denominator\":1}";
  private static final List<String> FIELDS =
      List.of("eventId", "unit", "indicator", "occurredAt", "numerator", "denominator");
  private static final List<String> BAD_VALUES =
      List.of(
          "null",
          "true",
          "-1",
          "1.5",
          "1e400",
          "-0.0",
          "\"\"",
          "[]",
          "{}",
          "\"\\u0000\"",
          "\"half-\\ud83d\"",
          "99999999999999999999999",
          "\"" + "x".repeat(200) + "\"",
          "\"<script>\"",
          "\"2025-13-45T99:00:00+07:00\"",
          "\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"",
          "\"2019-12-31T23:59:59Z\"",
          "\"2025-11-20T09:15:00\"",
          "NaN",
          "\"1\"");

  @LocalServerPort int port;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ApiKeyRegistry keys;

  @Test
  void noHostileBodyIsCountedOrAnsweredWithAServerError() {
    Api api = new Api(port);
    String key = Api.sourceKey(keys, "e-office", "21583");
    List<Case> cases = cases();
    SoftAssertions softly = new SoftAssertions();
    int problems = 0;
    int perItem = 0;
    for (Case hostile : cases) {
      Api.Answer answer =
          api.post("/api/v1/events", hostile.body(), hostile.contentType(), key, hostile.headers());
      softly
          .assertThat(answer.status())
          .as(hostile.name() + ": " + answer.body())
          .isBetween(400, 499);
      if (answer.status() >= 400 && answer.status() < 500) {
        softly.assertThat(answer.isProblem()).as(hostile.name() + " is a problem").isTrue();
        JsonNode problem = answer.json();
        softly.assertThat(problem.path("detail").asString("")).as(hostile.name()).isNotBlank();
        JsonNode rejected = problem.get("rejected");
        if (rejected != null) {
          perItem++;
          rejected.forEach(
              item ->
                  item.get("errors")
                      .forEach(
                          error ->
                              softly
                                  .assertThat(error.path("field").asString(""))
                                  .as(hostile.name() + " names the field")
                                  .isNotBlank()));
        } else {
          problems++;
        }
      }
    }
    softly.assertAll();
    assertThat(cases).hasSizeGreaterThan(300);
    assertThat(problems).isPositive();
    assertThat(perItem).isPositive();
    assertThat(new TopicReader(broker.getBrokersAsString()).events(PREFIX)).isEmpty();
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String array = "[" + VALID + "," + VALID.replace("hostile-0", "hostile-1") + "]";
    for (int cut = 0; cut < array.length() - 1; cut += 2) {
      cases.add(json("truncated array at " + cut, array.substring(0, cut)));
    }
    for (int cut = 1; cut < VALID.length() - 1; cut += 7) {
      cases.add(json("truncated event at " + cut, VALID.substring(0, cut)));
      cases.add(
          new Case(
              "truncated cloudevent at " + cut,
              bytes(VALID.substring(0, cut)),
              "application/cloudevents+json",
              Map.of()));
    }
    for (String field : FIELDS) {
      for (String value : BAD_VALUES) {
        if (field.equals("eventId") && isPrintableText(value)) {
          continue; // any printable text of up to 128 characters is a good event id
        }
        cases.add(json(field + " = " + value, withField(field, value)));
      }
      cases.add(json("without " + field, withoutField(field)));
    }
    cases.add(
        json("eventId too long", withField("eventId", "\"hostile-" + "9".repeat(130) + "\"")));
    cases.add(json("numerator over denominator", withField("numerator", "5")));
    cases.add(json("unknown unit", withField("unit", "\"21584\"")));
    cases.add(json("another commune", withField("unit", "\"21589\"")));
    cases.add(json("unknown indicator", withField("indicator", "\"work-record-online\"")));
    cases.add(json("extra field", VALID.replace("{", "{\"numerater\":1,")));
    cases.add(json("value on a ratio", VALID.replace("{", "{\"value\":1,")));
    cases.add(json("duplicate key", VALID.replace("{", "{\"numerator\":0,")));
    cases.add(json("empty", ""));
    cases.add(json("whitespace", "   \n "));
    cases.add(json("null", "null"));
    cases.add(json("number", "42"));
    cases.add(json("string", "\"event\""));
    cases.add(json("empty array", "[]"));
    cases.add(json("array of nulls", "[null, null]"));
    cases.add(json("array of numbers", "[1, 2, 3]"));
    cases.add(json("events not an array", "{\"events\": 5}"));
    cases.add(json("events empty", "{\"events\": []}"));
    cases.add(json("events and more", "{\"events\": [" + VALID + "], \"source\": \"x\"}"));
    cases.add(json("two documents", VALID + VALID));
    cases.add(json("trailing garbage", VALID + "garbage"));
    cases.add(json("deep nesting", "[".repeat(5000) + "]".repeat(5000)));
    cases.add(json("deep object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
    cases.add(json("huge string", "{\"eventId\":\"" + "a".repeat(70_000) + "\"}"));
    cases.add(
        json(
            "too many events",
            "[" + String.join(",", java.util.Collections.nCopies(51, VALID)) + "]"));
    cases.add(json("proto pollution", "{\"__proto__\":{\"admin\":true}}"));
    cases.add(json("single quotes", VALID.replace('"', '\'')));
    cases.add(json("comments", "/* hi */" + VALID));
    cases.add(
        new Case(
            "invalid utf-8",
            new byte[] {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'},
            "application/json",
            Map.of()));
    cases.add(new Case("nul bytes", new byte[] {0, 0, 0, 0}, "application/json", Map.of()));
    cases.add(
        new Case(
            "bom then event",
            bytes("\uFEFF" + withField("numerator", "9")),
            "application/json",
            Map.of()));
    cases.add(new Case("xml", bytes("<event/>"), "application/xml", Map.of()));
    cases.add(new Case("form", bytes("a=b"), "application/x-www-form-urlencoded", Map.of()));
    cases.add(new Case("no content type", bytes(VALID), null, Map.of()));
    cases.add(new Case("bad content type", bytes(VALID), "application/", Map.of()));
    cases.add(new Case("ndjson all bad", bytes("{\n}\n[\n"), "application/x-ndjson", Map.of()));
    cases.add(
        new Case(
            "ndjson invalid",
            bytes(withField("unit", "1") + "\n" + withField("unit", "2")),
            "application/x-ndjson",
            Map.of()));
    cases.add(
        new Case("batch not array", bytes("{}"), "application/cloudevents-batch+json", Map.of()));
    cases.add(
        new Case(
            "batch of junk",
            bytes("[1, \"x\", {}]"),
            "application/cloudevents-batch+json",
            Map.of()));
    cases.add(
        new Case(
            "cloudevent without data",
            bytes(
                "{\"specversion\":\"1.0\",\"id\":\"hostile-ce\",\"type\":\"vn.gov.dx.metric.v1\",\"source\":\"x\"}"),
            "application/cloudevents+json",
            Map.of()));
    cases.add(
        new Case(
            "cloudevent 0.3",
            bytes(
                "{\"specversion\":\"0.3\",\"id\":\"hostile-ce\",\"type\":\"vn.gov.dx.metric.v1\",\"source\":\"x\",\"data\":{}}"),
            "application/cloudevents+json",
            Map.of()));
    cases.add(
        new Case(
            "cloudevent data text",
            bytes(
                "{\"specversion\":\"1.0\",\"id\":\"hostile-ce\",\"type\":\"vn.gov.dx.metric.v1\",\"source\":\"x\",\"datacontenttype\":\"text/plain\",\"data\":\"hi\"}"),
            "application/cloudevents+json",
            Map.of()));
    cases.add(
        new Case(
            "binary without id",
            bytes("{}"),
            "application/json",
            Map.of("ce-specversion", "1.0", "ce-type", "vn.gov.dx.metric.v1", "ce-source", "x")));
    cases.add(
        new Case(
            "binary bad version",
            bytes("{}"),
            "application/json",
            Map.of(
                "ce-specversion", "9.9", "ce-id", "hostile-b", "ce-type", "t", "ce-source", "x")));
    cases.add(
        new Case(
            "binary bad time",
            bytes(VALID),
            "application/json",
            Map.of(
                "ce-specversion",
                "1.0",
                "ce-id",
                "hostile-t",
                "ce-type",
                "vn.gov.dx.metric.v1",
                "ce-source",
                "x",
                "ce-time",
                "yesterday")));
    return cases;
  }

  private static boolean isPrintableText(String json) {
    return json.startsWith("\"")
        && json.length() > 2
        && !json.contains("\\u0000")
        && !json.contains("\\ud83d");
  }

  private static String withField(String field, String value) {
    return VALID.replaceFirst(
        "\"" + field + "\":(\"[^\"]*\"|[0-9]+)",
        "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(value));
  }

  private static String withoutField(String field) {
    return VALID
        .replaceFirst(",?\"" + field + "\":(\"[^\"]*\"|[0-9]+),?", ",")
        .replace("{,", "{")
        .replace(",}", "}");
  }

  private static Case json(String name, String body) {
    return new Case(name, bytes(body), "application/json", Map.of());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private record Case(String name, byte[] body, String contentType, Map<String, String> headers) {}
}
