package vn.dxmonitor.processor.aggregate;

import java.time.LocalDate;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * The figures of the day in progress, as last published. The history holds closed days: this
 * becomes the day's point once the day is over, because the value then is what it last was.
 *
 * @param calendar a ratio's month, quarter and year counts as last published; null for the other
 *     kinds, and for a day opened before the state kept them
 */
record OpenDay(
    LocalDate day,
    Double value,
    long numerator,
    long denominator,
    HistoryPoint.CalendarCounts calendar) {

  static OpenDay of(IndicatorValue value) {
    return new OpenDay(
        VietnamTime.dateOf(value.updatedAt()),
        value.window().value(),
        value.window().numerator(),
        value.window().denominator(),
        calendar(value));
  }

  HistoryPoint point(ValueKey key) {
    return new HistoryPoint(
        key.unit(), key.indicator(), day, value, numerator, denominator, calendar);
  }

  private static HistoryPoint.CalendarCounts calendar(IndicatorValue value) {
    IndicatorValue.YearToDate toDate = value.yearToDate();
    if (!IndicatorKind.RATIO_OF_COUNTS.id().equals(value.kind()) || !toDate.keepsCalendarCounts()) {
      return null;
    }
    return new HistoryPoint.CalendarCounts(
        toDate.monthToDate().numerator(),
        toDate.monthToDate().denominator(),
        toDate.quarterToDate().numerator(),
        toDate.quarterToDate().denominator(),
        toDate.numeratorYtd(),
        toDate.denominatorYtd());
  }
}
