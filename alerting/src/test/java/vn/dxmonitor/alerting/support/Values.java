package vn.dxmonitor.alerting.support;

import java.time.Instant;
import java.util.List;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;

/** Indicator values as the processor publishes them, for feeding the alerting engine. */
public final class Values {

  private Values() {}

  /**
   * A commune's ratio value (the numerator out of 100) whose last event came at {@code
   * lastEventAt}.
   */
  public static IndicatorValue ratio(
      String unit, String parent, String indicator, double value, Instant lastEventAt) {
    return new IndicatorValue(
        new IndicatorValue.Where(unit, "Đơn vị " + unit, "commune", parent),
        indicator,
        "ratio-of-counts",
        new IndicatorValue.Window(30, (long) value, 100, value),
        new IndicatorValue.YearToDate(2026, (long) value, 100, value),
        new IndicatorValue.Activity(100, lastEventAt, null),
        IndicatorValue.Standing.NONE,
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        lastEventAt);
  }

  /** A commune's ratio value with the daily counts of its window, as the processor publishes it. */
  public static IndicatorValue ratio(
      String unit,
      String parent,
      String indicator,
      double value,
      Instant lastEventAt,
      List<DailyCounts> dailyCounts) {
    IndicatorValue v = ratio(unit, parent, indicator, value, lastEventAt);
    return new IndicatorValue(
        v.where(),
        v.indicator(),
        v.kind(),
        v.window(),
        v.yearToDate(),
        new IndicatorValue.Activity(v.activity().events(), v.activity().lastEventAt(), dailyCounts),
        v.standing(),
        v.periodToDate(),
        v.children(),
        v.updatedAt());
  }

  /** The value with the processor's judgement of it against a target. */
  public static IndicatorValue judged(IndicatorValue v, Assessment assessment) {
    return assessment.appliedTo(v);
  }
}
