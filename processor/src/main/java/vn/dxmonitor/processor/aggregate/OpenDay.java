package vn.dxmonitor.processor.aggregate;

import java.time.LocalDate;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * The figures of the day in progress, as last published. The history holds closed days: this
 * becomes the day's point once the day is over, because the value then is what it last was.
 */
record OpenDay(LocalDate day, Double value, long numerator, long denominator) {

  static OpenDay of(IndicatorValue value) {
    return new OpenDay(
        VietnamTime.dateOf(value.updatedAt()),
        value.window().value(),
        value.window().numerator(),
        value.window().denominator());
  }

  HistoryPoint point(ValueKey key) {
    return new HistoryPoint(key.unit(), key.indicator(), day, value, numerator, denominator);
  }
}
