package vn.dxmonitor.dashboard.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.search.HistorySearch;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The values of units as they stood on a day: today's from the current documents, a past day's from
 * the daily history (each pair's last point on or before that day), so that a review can be
 * replayed as it was.
 */
@Component
public class ValuesAt {

  private final IndicatorValueSearch current;
  private final HistorySearch history;

  public ValuesAt(IndicatorValueSearch current, HistorySearch history) {
    this.current = current;
    this.history = history;
  }

  /**
   * @param day the day to read; today or later reads the current values
   * @param today today in Vietnam
   */
  public ValueTable read(
      Collection<String> units, Collection<String> indicators, LocalDate day, LocalDate today) {
    List<IndicatorValue> now = current.forUnits(units, indicators);
    if (!day.isBefore(today)) {
      return ValueTable.of(now);
    }
    ValueTable latest = ValueTable.of(now);
    List<IndicatorValue> past = new ArrayList<>();
    for (HistoryPoint point : history.lastOnOrBefore(units, indicators, day)) {
      past.add(PastValue.of(point, latest.find(point.unit(), point.indicator()).orElse(null)));
    }
    return ValueTable.of(past);
  }
}
