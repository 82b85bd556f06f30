package vn.dxmonitor.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dxmonitor.model.event.MetricEvent;

/**
 * The ledger records of one request: the time it was accepted on the first line, then one {@link
 * MetricEvent#retryKey} ({@code source|eventId|content digest}) per line. A request's pairs travel
 * together rather than one record each, so the ledger adds a record per request, not per event, to
 * what the broker writes; a large request is split so no record nears the broker's size limit.
 * Event ids hold no control characters, so a line break cannot occur inside one.
 */
public final class LedgerEntries {

  static final int PAIRS_PER_RECORD = 2000;

  private LedgerEntries() {}

  public static List<byte[]> of(Instant acceptedAt, List<MetricEvent> events) {
    List<byte[]> records = new ArrayList<>();
    for (int from = 0; from < events.size(); from += PAIRS_PER_RECORD) {
      StringBuilder text = new StringBuilder(64 * PAIRS_PER_RECORD).append(acceptedAt);
      for (MetricEvent event :
          events.subList(from, Math.min(events.size(), from + PAIRS_PER_RECORD))) {
        text.append('\n').append(event.retryKey());
      }
      records.add(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return records;
  }

  /** The pairs of a record, and when they were accepted. */
  public record Read(Instant acceptedAt, List<String> keys) {}

  /**
   * @throws java.time.format.DateTimeParseException when the first line is not an instant
   */
  public static Read read(byte[] record) {
    String[] lines = new String(record, StandardCharsets.UTF_8).split("\n");
    List<String> keys = new ArrayList<>(lines.length);
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        keys.add(lines[i]);
      }
    }
    return new Read(Instant.parse(lines[0]), keys);
  }
}
