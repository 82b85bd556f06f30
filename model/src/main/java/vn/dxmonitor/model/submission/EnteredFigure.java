package vn.dxmonitor.model.submission;

/**
 * The figure a reporter entered, with only the fields of its indicator's kind set, as in an event:
 * {@code numerator} and {@code denominator} for a ratio of counts, {@code value} for a measurement,
 * {@code count} for a counter, {@code compliant} for a coverage.
 */
public record EnteredFigure(
    Long numerator, Long denominator, Double value, Long count, Boolean compliant) {

  /** Whether nothing was entered. */
  public boolean isEmpty() {
    return numerator == null
        && denominator == null
        && value == null
        && count == null
        && compliant == null;
  }
}
