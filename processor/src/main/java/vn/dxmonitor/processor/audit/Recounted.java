package vn.dxmonitor.processor.audit;

/**
 * What one unit and indicator should read, recounted from the events alone.
 *
 * @param events the events counted for the unit and its descendants
 * @param numerator as {@code IndicatorValue.numerator}
 * @param denominator as {@code IndicatorValue.denominator}
 * @param value as {@code IndicatorValue.value}
 */
public record Recounted(long events, long numerator, long denominator, Double value) {}
