package vn.dxmonitor.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;

/**
 * One {@code POST /api/v1/events} encoded once — request line, headers and a body of valid events —
 * so that sending it costs the load generator a copy of a few digits, not a JSON encoding. Every
 * send writes a new sequence number into each event id in place, so no event is ever a duplicate.
 *
 * <p>The events are what a source system sends: {@code work-records-online} (a ratio of counts),
 * units of the built-in Gia Lai registry in turn, {@code occurredAt} spread over the last three
 * days, numerator 0 or 1 of a denominator 1. One event goes as a JSON object, more as an array. Not
 * thread-safe: each connection has its own.
 */
public final class EventRequest {

  static final int SEQUENCE_DIGITS = 12;
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final List<String> UNITS =
      BuiltInUnits.giaLai().all().stream().map(Unit::code).toList();
  private static final long SPREAD_MINUTES = Duration.ofDays(3).toMinutes();

  private final byte[] bytes;
  private final int[] sequenceSlots;
  private final int events;
  private final int bodyLength;

  private EventRequest(byte[] bytes, int[] sequenceSlots, int events, int bodyLength) {
    this.bytes = bytes;
    this.sequenceSlots = sequenceSlots;
    this.events = events;
    this.bodyLength = bodyLength;
  }

  /**
   * @param host the {@code Host} header, {@code 127.0.0.1:port}
   * @param apiKey the bearer key
   * @param idPrefix the start of every event id: unique per run, phase and connection
   * @param events events per request
   * @param variant which units, times and numerators this request carries
   * @param now the instant the event times are counted back from
   */
  public static EventRequest build(
      String host, String apiKey, String idPrefix, int events, int variant, Instant now) {
    StringBuilder body = new StringBuilder(events * 200);
    List<Integer> slots = new ArrayList<>();
    Instant base = now.truncatedTo(ChronoUnit.SECONDS);
    if (events > 1) {
      body.append('[');
    }
    for (int i = 0; i < events; i++) {
      if (i > 0) {
        body.append(',');
      }
      String unit = UNITS.get(Math.floorMod(variant + i, UNITS.size()));
      long minutesAgo = Math.floorMod(variant * 131L + i * 37L, SPREAD_MINUTES) + 1;
      String occurredAt =
          OffsetDateTime.ofInstant(base.minus(Duration.ofMinutes(minutesAgo)), VIETNAM).format(ISO);
      int numerator = Math.floorMod(variant + i, 5) == 0 ? 0 : 1;
      body.append("{\"eventId\":\"").append(idPrefix).append('-');
      slots.add(body.length());
      body.append("0".repeat(SEQUENCE_DIGITS));
      body.append(String.format(Locale.ROOT, "-%03d\"", i));
      body.append(",\"unit\":\"").append(unit).append('"');
      body.append(",\"indicator\":\"").append(BuiltInCatalog.WORK_RECORDS_ONLINE).append('"');
      body.append(",\"occurredAt\":\"").append(occurredAt).append('"');
      body.append(",\"numerator\":").append(numerator);
      body.append(",\"denominator\":1}");
    }
    if (events > 1) {
      body.append(']');
    }
    byte[] bodyBytes = body.toString().getBytes(StandardCharsets.US_ASCII);
    String head =
        "POST /api/v1/events HTTP/1.1\r\n"
            + "Host: "
            + host
            + "\r\n"
            + "Authorization: Bearer "
            + apiKey
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: "
            + bodyBytes.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
    System.arraycopy(bodyBytes, 0, bytes, headBytes.length, bodyBytes.length);
    int[] sequenceSlots = slots.stream().mapToInt(slot -> slot + headBytes.length).toArray();
    return new EventRequest(bytes, sequenceSlots, events, bodyBytes.length);
  }

  /** The request with {@code sequence} in every event id; the array is reused by the next call. */
  public byte[] withSequence(long sequence) {
    if (sequence < 0 || Long.toString(sequence).length() > SEQUENCE_DIGITS) {
      throw new IllegalArgumentException(
          "sequence must have at most " + SEQUENCE_DIGITS + " digits, but was " + sequence);
    }
    for (int slot : sequenceSlots) {
      long rest = sequence;
      for (int digit = SEQUENCE_DIGITS - 1; digit >= 0; digit--) {
        bytes[slot + digit] = (byte) ('0' + rest % 10);
        rest /= 10;
      }
    }
    return bytes;
  }

  public int events() {
    return events;
  }

  int bodyLength() {
    return bodyLength;
  }
}
