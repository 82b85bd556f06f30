package vn.dxmonitor.dashboard.status;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Indicator values looked up by unit and indicator, so that readers walk the catalog and the
 * registry in their own order and find a missing value as an empty cell rather than as a gap in a
 * list.
 */
public final class ValueTable {

  private final Map<ValueKey, IndicatorValue> values;

  private ValueTable(Map<ValueKey, IndicatorValue> values) {
    this.values = values;
  }

  /** When two documents share a key, the one updated last is kept. */
  public static ValueTable of(Collection<IndicatorValue> documents) {
    Map<ValueKey, IndicatorValue> values = new HashMap<>();
    for (IndicatorValue value : documents) {
      values.merge(new ValueKey(value.where().unit(), value.indicator()), value, ValueTable::newer);
    }
    return new ValueTable(Map.copyOf(values));
  }

  public Optional<IndicatorValue> find(String unit, String indicator) {
    return Optional.ofNullable(values.get(new ValueKey(unit, indicator)));
  }

  /** The indicators any unit has a value for. */
  public java.util.Set<String> indicators() {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    values.values().forEach(value -> ids.add(value.indicator()));
    return ids;
  }

  public java.util.Collection<IndicatorValue> all() {
    return values.values();
  }

  public int size() {
    return values.size();
  }

  private static IndicatorValue newer(IndicatorValue a, IndicatorValue b) {
    if (a.updatedAt() == null) {
      return b;
    }
    if (b.updatedAt() == null) {
      return a;
    }
    return b.updatedAt().isBefore(a.updatedAt()) ? a : b;
  }
}
