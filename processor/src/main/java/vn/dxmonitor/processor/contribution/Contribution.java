package vn.dxmonitor.processor.contribution;

import java.time.Instant;

/**
 * What one event adds to the value of one unit and indicator — the reporting unit's own, or one of
 * its ancestors'.
 *
 * <ul>
 *   <li>{@link Type#COUNTS}: a ratio's numerator and denominator, or a counter's increment (in
 *       {@code numerator}), summed at every level.
 *   <li>{@link Type#REPORT}: the reporting unit's own figure (a measurement, or 1 and 0 for a
 *       coverage's compliant and not).
 *   <li>{@link Type#FIGURE}: to an ancestor, how the sum of its reporting descendants' latest
 *       figures changed ({@code value}) and how many more of them now report ({@code reporting}).
 * </ul>
 *
 * @param child for an ancestor, its child on the way down to the reporting unit; null for the
 *     unit's own value
 * @param reporterLevel the reporting unit's level, which a coverage's denominator counts
 * @param retraction true when an event is taken back (retracted, or replaced by a revision): the
 *     counts are negative, a report is withdrawn, and the unit's events and last report time are
 *     not advanced
 */
public record Contribution(
    Type type,
    Instant occurredAt,
    String child,
    String reporterLevel,
    long numerator,
    long denominator,
    double value,
    long reporting,
    boolean retraction) {

  public enum Type {
    COUNTS,
    REPORT,
    FIGURE
  }

  public static Contribution counts(
      Instant occurredAt, String child, long numerator, long denominator) {
    return new Contribution(
        Type.COUNTS, occurredAt, child, null, numerator, denominator, 0, 0, false);
  }

  /** Counts taken back: the negatives of what the event added. */
  public static Contribution uncounts(
      Instant occurredAt, String child, long numerator, long denominator) {
    return new Contribution(
        Type.COUNTS, occurredAt, child, null, -numerator, -denominator, 0, 0, true);
  }

  public static Contribution report(Instant occurredAt, double value) {
    return new Contribution(Type.REPORT, occurredAt, null, null, 0, 0, value, 0, false);
  }

  /** The unit's own report at {@code occurredAt} withdrawn. */
  public static Contribution withdrawal(Instant occurredAt) {
    return new Contribution(Type.REPORT, occurredAt, null, null, 0, 0, 0, 0, true);
  }

  public static Contribution figure(
      Instant occurredAt,
      String child,
      String reporterLevel,
      double change,
      long reporting,
      boolean retraction) {
    return new Contribution(
        Type.FIGURE, occurredAt, child, reporterLevel, 0, 0, change, reporting, retraction);
  }
}
