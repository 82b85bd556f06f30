package vn.dxmonitor.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetTimestampsTest {

  private static final String SHAPE = "dddd-dd-ddTdd:dd:dd";
  private static final String NOISE = "0123456789+-:.TtZz ";

  @Test
  void readsTheCommonShapeToTheRightInstant() {
    assertThat(OffsetTimestamps.parse("2025-11-20T09:15:00+07:00"))
        .isEqualTo(Instant.parse("2025-11-20T02:15:00Z"));
    assertThat(OffsetTimestamps.parse("2024-02-29T23:59:59.5-05:30"))
        .isEqualTo(Instant.parse("2024-03-01T05:29:59.500Z"));
    assertThat(OffsetTimestamps.parse("1969-12-31T23:59:59.000000001Z"))
        .isEqualTo(Instant.ofEpochSecond(-1, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29T00:00:00Z",
        "2025-13-01T00:00:00Z",
        "2025-11-20T24:00:00Z",
        "2025-11-20T09:60:00Z",
        "2025-11-20T09:15:60Z",
        "2025-11-20T09:15:00",
        "2025-11-20T09:15:00.1234567891Z",
        "2025-11-20T09:15:00+19:00",
        "2025-11-20 09:15:00Z",
        "2025-11-20T09:15:00ZZ",
        "+2025-11-20T09:15:00Z",
        "2025-11-20"
      })
  void refusesWhatTheStandardParserRefuses(String text) {
    assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> OffsetTimestamps.parse(text))
        .isInstanceOf(DateTimeParseException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-11-20t09:15:00z",
        "2025-11-20T09:15:00.Z",
        "2025-11-20T09:15:00+07",
        "2025-11-20T09:15Z",
        "2025-11-20T09:15:00+18:00",
        "2025-11-20T09:15:00-18:00",
        "2025-11-20T09:15:00+07:00:30",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999-17:59"
      })
  void agreesWithTheStandardParserBeyondTheCommonShape(String text) {
    assertThat(OffsetTimestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @Test
  void agreesWithTheStandardParserOnRandomDigitsInTheCommonShape() {
    Random random = new Random(20251120);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (char c : SHAPE.toCharArray()) {
        text.append(c == 'd' ? (char) ('0' + random.nextInt(random.nextBoolean() ? 3 : 10)) : c);
      }
      if (random.nextBoolean()) {
        text.append('.').append(random.nextInt(1_000_000_000));
      }
      switch (random.nextInt(3)) {
        case 0 -> text.append('Z');
        case 1 ->
            text.append(random.nextBoolean() ? '+' : '-')
                .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(62)));
        default -> text.append(String.format("+%02d:00", random.nextInt(24)));
      }
      assertSameAnswer(text.toString());
    }
  }

  @Test
  void agreesWithTheStandardParserOnMangledTimestamps() {
    Random random = new Random(7);
    String valid = "2025-11-20T09:15:00.250+07:00";
    for (int i = 0; i < 100_000; i++) {
      char[] text = valid.toCharArray();
      for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
        text[random.nextInt(text.length)] = NOISE.charAt(random.nextInt(NOISE.length()));
      }
      int end = random.nextInt(10) == 0 ? random.nextInt(text.length) : text.length;
      assertSameAnswer(new String(text, 0, end));
    }
  }

  private static void assertSameAnswer(String text) {
    Instant expected;
    try {
      expected = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException refused) {
      assertThatThrownBy(() -> OffsetTimestamps.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(OffsetTimestamps.parse(text)).as(text).isEqualTo(expected);
  }
}
