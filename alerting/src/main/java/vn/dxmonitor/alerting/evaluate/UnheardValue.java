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
        unit.code(),
        unit.name(),
        unit.level().id(),
        unit.parentCode(),
        indicatorId,
        null,
        0,
        0,
        0,
        null,
        0,
        0,
        0,
        null,
        0,
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
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
