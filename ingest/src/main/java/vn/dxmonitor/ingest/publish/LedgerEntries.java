package vn.dxmonitor.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.dxmonitor.model.event.MetricEvent;

/**
 * The ledger records of one request: the time it was accepted on the first line, then one event per
 * line: {@code source|eventId}, then tab-separated the hex digests of its figure and content and
 * the minute (since the epoch) until which it must be remembered. A line of an earlier version is
 * the key alone: its content is unknown. A request's pairs travel together rather than one record
 * each, so the ledger adds a record per request, not per event, to what the broker writes; a large
 * request is split so no record nears the broker's size limit. Event ids hold no control
 * characters, so a line break cannot occur inside one.
 */
public final class LedgerEntries {

  static final int PAIRS_PER_RECORD = 2000;

  private LedgerEntries() {}

  /**
   * @param until when each event may be forgotten
   */
  public static List<byte[]> of(
      Instant acceptedAt, List<MetricEvent> events, Function<MetricEvent, Instant> until) {
    List<byte[]> records = new ArrayList<>();
    for (int from = 0; from < events.size(); from += PAIRS_PER_RECORD) {
      StringBuilder text = new StringBuilder(96 * PAIRS_PER_RECORD).append(acceptedAt);
      for (MetricEvent event :
          events.subList(from, Math.min(events.size(), from + PAIRS_PER_RECORD))) {
        // As MetricEvent.idempotencyKey spells it, without making the string.
        text.append('\n')
            .append(event.source())
            .append('|')
            .append(event.eventId())
            .append('\t')
            .append(Long.toHexString(event.figureDigest()))
            .append('\t')
            .append(Long.toHexString(event.contentDigest()))
            .append('\t')
            .append(until.apply(event).toEpochMilli() / 60_000);
      }
      records.add(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return records;
  }

  /** One event of a record; figure and content 0, and until -1, where the line did not say. */
  public record Entry(String key, long figure, long content, int untilMinute) {}

  /** The events of a record, and when they were accepted. */
  public record Read(Instant acceptedAt, List<Entry> entries) {

    public List<String> keys() {
      return entries.stream().map(Entry::key).toList();
    }
  }

  /**
   * @throws java.time.format.DateTimeParseException when the first line is not an instant
   * @throws IllegalArgumentException when a line's digests or minute are not numbers
   */
  public static Read read(byte[] record) {
    String[] lines = new String(record, StandardCharsets.UTF_8).split("\n");
    List<Entry> entries = new ArrayList<>(lines.length);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t");
      entries.add(
          parts.length < 4
              ? new Entry(parts[0], 0, 0, -1)
              : new Entry(
                  parts[0],
                  Long.parseUnsignedLong(parts[1], 16),
                  Long.parseUnsignedLong(parts[2], 16),
                  Integer.parseInt(parts[3])));
    }
    return new Read(Instant.parse(lines[0]), entries);
  }
}
