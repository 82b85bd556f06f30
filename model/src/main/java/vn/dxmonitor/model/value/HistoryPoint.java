package vn.dxmonitor.model.value;

import java.time.LocalDate;

/**
 * One unit's value for an indicator as it stood at the end of one day, for trends and forecasts.
 * Published to {@code dx.indicator-history} (compacted, key {@code unit|indicator|day}); a late
 * event publishes the days it corrects again.
 */
public record HistoryPoint(
    String unit, String indicator, LocalDate day, Double value, long numerator, long denominator) {

  public String key() {
    return ValueKey.of(unit, indicator) + "|" + day;
  }
}
