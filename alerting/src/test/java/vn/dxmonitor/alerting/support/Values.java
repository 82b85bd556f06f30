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
        unit,
        "Đơn vị " + unit,
        "commune",
        parent,
        indicator,
        "ratio-of-counts",
        30,
        (long) value,
        100,
        value,
        2026,
        (long) value,
        100,
        value,
        100,
        lastEventAt,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        lastEventAt,
        null,
        null,
        null,
        null,
        null);
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
        v.unit(),
        v.unitName(),
        v.level(),
        v.parent(),
        v.indicator(),
        v.kind(),
        v.windowDays(),
        v.numerator(),
        v.denominator(),
        v.value(),
        v.year(),
        v.numeratorYtd(),
        v.denominatorYtd(),
        v.valueYtd(),
        v.events(),
        v.lastEventAt(),
        v.baseline(),
        v.targetId(),
        v.planId(),
        v.comparator(),
        v.target(),
        v.deadline(),
        v.expected(),
        v.status(),
        v.gap(),
        v.daysBehind(),
        v.updatedAt(),
        v.periodStart(),
        v.valuePeriodToDate(),
        v.childrenReporting(),
        v.childrenExpected(),
        dailyCounts);
  }

  /** The value with the processor's judgement of it against a target. */
  public static IndicatorValue judged(IndicatorValue v, Assessment assessment) {
    return assessment.appliedTo(v);
  }
}
