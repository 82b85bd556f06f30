package vn.dxmonitor.model.revision;

import java.time.Instant;
import vn.dxmonitor.model.event.MetricEvent;

/**
 * One line of the revision log: an accepted figure replaced by a later one, or withdrawn. The log
 * keeps every earlier figure with who sent it and when, so a revised statistic can always be
 * traced.
 *
 * @param revision the number of the figure now in force: 2 for the first revision, and so on
 * @param action {@code revised} or {@code retracted}
 * @param acceptedAt when the revision or retraction was accepted
 * @param sentBy the id of the key that sent it
 * @param before the figure that was in force; null when the event had been retracted
 * @param after the figure now in force; null for a retraction
 */
public record RevisionEntry(
    String source,
    String eventId,
    String unit,
    String indicator,
    Instant occurredAt,
    int revision,
    String action,
    Instant acceptedAt,
    String sentBy,
    Figure before,
    Figure after) {

  public static final String REVISED = "revised";
  public static final String RETRACTED = "retracted";

  /** The log's id of this entry: one per revision of an event. */
  public String id() {
    return source + "|" + eventId + "|" + revision;
  }

  /** What one revision said, and who sent it when. */
  public record Figure(
      Long numerator,
      Long denominator,
      Double value,
      Long count,
      Boolean compliant,
      Instant acceptedAt,
      String sentBy) {

    public static Figure of(MetricEvent event) {
      return event == null || event.retracts()
          ? null
          : new Figure(
              event.numerator(),
              event.denominator(),
              event.value(),
              event.count(),
              event.compliant(),
              event.acceptedAt(),
              event.sentBy());
    }
  }
}
