package vn.dxmonitor.model.submission;

import java.util.Optional;

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

  /**
   * The figure as one number, on the scale its indicator's values are compared on: a ratio's share
   * in percent, a coverage's 100 (met) or 0; empty for a ratio of no cases or nothing entered.
   */
  public Optional<Double> number() {
    if (value != null) {
      return Optional.of(value);
    }
    if (count != null) {
      return Optional.of(count.doubleValue());
    }
    if (compliant != null) {
      return Optional.of(compliant ? 100.0 : 0.0);
    }
    if (numerator != null && denominator != null && denominator > 0) {
      return Optional.of(100.0 * numerator / denominator);
    }
    return Optional.empty();
  }
}
