package vn.dxmonitor.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventRequestTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

  @Test
  void aBatchIsAPostWithAJsonArrayOfItsLengthAndTheKey() {
    EventRequest request =
        EventRequest.build("127.0.0.1:8080", "k3y", "bench-x-b-000", 100, 0, NOW);

    String text = new String(request.withSequence(7), StandardCharsets.US_ASCII);
    String body = text.substring(text.indexOf("\r\n\r\n") + 4);

    assertThat(text)
        .startsWith("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")
        .contains("Authorization: Bearer k3y\r\n")
        .contains("Content-Type: application/json\r\n")
        .contains("Content-Length: " + body.length() + "\r\n");
    assertThat(request.bodyLength()).isEqualTo(body.length());
    assertThat(body).startsWith("[{\"eventId\":\"bench-x-b-000-000000000007-000\",").endsWith("}]");
    assertThat(count(body, "\"indicator\":\"work-records-online\"")).isEqualTo(100);
    assertThat(body).contains("bench-x-b-000-000000000007-099\"");
  }

  @Test
  void everySequenceGivesEveryEventANewId() {
    EventRequest request = EventRequest.build("h:1", "k", "p", 3, 0, NOW);

    String first = new String(request.withSequence(41), StandardCharsets.US_ASCII);
    String second = new String(request.withSequence(123_456_789_012L), StandardCharsets.US_ASCII);

    assertThat(first).contains("p-000000000041-000", "p-000000000041-001", "p-000000000041-002");
    assertThat(second)
        .contains("p-123456789012-000", "p-123456789012-002")
        .doesNotContain("000000000041");
    assertThatThrownBy(() -> request.withSequence(1_000_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 12 digits");
  }

  @Test
  void oneEventIsSentAsAnObjectWithinTheLastThreeDays() {
    EventRequest request = EventRequest.build("h:1", "k", "p", 1, 5, NOW);

    String text = new String(request.withSequence(0), StandardCharsets.US_ASCII);
    String body = text.substring(text.indexOf("\r\n\r\n") + 4);

    assertThat(body).startsWith("{\"eventId\":\"p-000000000000-000\"").endsWith("}");
    Matcher occurred = Pattern.compile("\"occurredAt\":\"([^\"]+)\"").matcher(body);
    assertThat(occurred.find()).isTrue();
    Instant at = java.time.OffsetDateTime.parse(occurred.group(1)).toInstant();
    assertThat(at).isBefore(NOW).isAfter(NOW.minus(java.time.Duration.ofDays(3)).minusSeconds(60));
    assertThat(occurred.group(1)).endsWith("+07:00");
    assertThat(body).contains("\"numerator\":0,\"denominator\":1"); // variant 5: 5 % 5 == 0
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
