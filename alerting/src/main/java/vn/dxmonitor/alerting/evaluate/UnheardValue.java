package vn.dxmonitor.alerting.evaluate;

import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The value of a unit the processor has never published one for: no figures and no last event,
 * which is what the {@code no-data} rule reads as "never reported".
 */
final class UnheardValue {

  private UnheardValue() {}

  static IndicatorValue of(Unit unit, String indicatorId) {
    return new IndicatorValue(
        new IndicatorValue.Where(unit.code(), unit.name(), unit.level().id(), unit.parentCode()),
        indicatorId,
        null,
        new IndicatorValue.Window(0, 0, 0, null),
        new IndicatorValue.YearToDate(0, 0, 0, null),
        new IndicatorValue.Activity(0, null, null),
        IndicatorValue.Standing.NONE,
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        null);
  }
}
