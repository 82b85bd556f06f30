package vn.dxmonitor.model.event;

import java.time.Instant;

/**
 * One event of the v1 contract (DESIGN.md). Only the fields of the indicator's kind are set: {@code
 * numerator}/{@code denominator} for ratio-of-counts, {@code value} for measurement, {@code count}
 * for counter, {@code compliant} for coverage. {@code source} is the source system the event came
 * from, taken from its credentials rather than from the body; with {@code eventId} it is the
 * idempotency key.
 */
public record MetricEvent(
    String eventId,
    String source,
    String unit,
    String indicator,
    Instant occurredAt,
    Long numerator,
    Long denominator,
    Double value,
    Long count,
    Boolean compliant) {

  public static MetricEvent ratio(
      String eventId,
      String source,
      String unit,
      String indicator,
      Instant occurredAt,
      long numerator,
      long denominator) {
    return new MetricEvent(
        eventId, source, unit, indicator, occurredAt, numerator, denominator, null, null, null);
  }

  /** The key under which retries of this event are recognised. */
  public String idempotencyKey() {
    return source + "|" + eventId;
  }

  /** The same event attributed to another unit: the successor of a retired code. */
  public MetricEvent withUnit(String newUnit) {
    return new MetricEvent(
        eventId,
        source,
        newUnit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant);
  }

  public MetricEvent withSource(String newSource) {
    return new MetricEvent(
        eventId,
        newSource,
        unit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant);
  }
}
