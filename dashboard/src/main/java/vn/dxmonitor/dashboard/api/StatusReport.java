package vn.dxmonitor.dashboard.api;

import java.util.Collection;
import java.util.List;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Indicator;

/**
 * One unit's status as a list in catalog order, one entry per indicator whether or not a value has
 * been produced for it: clients can lay out a fixed grid and fill it.
 */
final class StatusReport {

  private StatusReport() {}

  static List<StatusEntry> of(String unit, Collection<Indicator> indicators, ValueTable values) {
    return indicators.stream()
        .map(
            indicator ->
                values
                    .find(unit, indicator.id())
                    .map(StatusEntry::of)
                    .orElseGet(() -> StatusEntry.empty(unit, indicator.id())))
        .toList();
  }
}
