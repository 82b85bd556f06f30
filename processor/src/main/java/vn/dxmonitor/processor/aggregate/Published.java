package vn.dxmonitor.processor.aggregate;

import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;

/** What the aggregator sends on: a unit's current value, or one day's point of its history. */
public record Published(IndicatorValue value, HistoryPoint point) {

  static Published value(IndicatorValue value) {
    return new Published(value, null);
  }

  static Published point(HistoryPoint point) {
    return new Published(null, point);
  }

  public boolean isValue() {
    return value != null;
  }
}
