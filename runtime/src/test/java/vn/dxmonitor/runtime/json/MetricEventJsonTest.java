package vn.dxmonitor.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.event.MetricEvent;

class MetricEventJsonTest {

  /** Plain letters, and what JSON must escape or UTF-8 needs several bytes for. */
  private static final int[] ALPHABET =
      "abcXYZ019-_|:/ .\"\\\n\t\u0001\u001f\u007fđạệ\u2028😀".codePoints().toArray();

  @Test
  void writesWhatTheGeneralMapperWrites() {
    MetricEvent event =
        MetricEvent.ratio(
            "e-1",
            "e-office",
            "21583",
            "work-records-online",
            Instant.parse("2025-11-20T02:15:00Z"),
            3,
            4);

    assertThat(new String(MetricEventJson.write(event), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"eventId\":\"e-1\",\"source\":\"e-office\",\"unit\":\"21583\","
                + "\"indicator\":\"work-records-online\",\"occurredAt\":\"2025-11-20T02:15:00Z\","
                + "\"numerator\":3,\"denominator\":4,\"value\":null,\"count\":null,"
                + "\"compliant\":null,\"retract\":null,\"acceptedAt\":null,\"sentBy\":null}")
        .isEqualTo(JsonCodec.writeString(event));
  }

  @Test
  void writesTheSameBytesAsTheGeneralMapperForRandomEvents() {
    Random random = new Random(42);
    for (int i = 0; i < 50_000; i++) {
      MetricEvent event =
          new MetricEvent(
              text(random),
              text(random),
              text(random),
              text(random),
              instant(random),
              random.nextInt(4) == 0 ? null : random.nextLong() >> random.nextInt(64),
              random.nextInt(4) == 0 ? null : (long) random.nextInt(),
              random.nextInt(3) == 0 ? null : number(random),
              random.nextInt(3) == 0 ? null : (long) random.nextInt(1000),
              random.nextInt(3) == 0 ? null : random.nextBoolean(),
              random.nextInt(3) == 0 ? null : random.nextBoolean(),
              instant(random),
              text(random));

      assertThat(MetricEventJson.write(event)).as("%s", event).isEqualTo(JsonCodec.write(event));
    }
  }

  private static String text(Random random) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(20);
    boolean plain = random.nextBoolean();
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(
          plain ? 'a' + random.nextInt(26) : ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return text.toString();
  }

  private static Instant instant(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 ->
          Instant.ofEpochSecond(
              random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000));
      case 2 ->
          Instant.ofEpochSecond(
              random.nextInt(Integer.MAX_VALUE), random.nextInt(1000) * 1_000_000);
      case 3 ->
          Instant.ofEpochSecond(
              random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000) * 1000);
      default -> Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
    };
  }

  private static double number(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(101);
      case 1 -> random.nextDouble() * 100;
      case 2 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
      default -> Math.round(random.nextDouble() * 10_000) / 100.0;
    };
  }
}
