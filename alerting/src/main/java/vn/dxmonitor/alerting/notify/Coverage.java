package vn.dxmonitor.alerting.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dxmonitor.alerting.notify.NotifiedAlert.CoveredUnit;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.value.ValueKey;

/**
 * The firing alerts below each unit, by indicator: the units a higher unit's alert stands for in
 * its notice. An alert covers every firing alert on the same indicator whose path passes through
 * its unit, other than its own unit's, sorted by unit code.
 *
 * <p>Looking that up by scanning every active alert for each alert notified made a tick quadratic
 * in a province's alerts. Instead, one pass over the active alerts files each firing alert under
 * every other unit on its path, so what an alert covers is a single map lookup: building costs the
 * firing alerts times the depth of the unit tree, each lookup is constant.
 */
final class Coverage {

  private static final Comparator<CoveredUnit> BY_UNIT = Comparator.comparing(CoveredUnit::unit);

  private final Map<String, List<CoveredUnit>> below;

  private Coverage(Map<String, List<CoveredUnit>> below) {
    this.below = below;
  }

  /**
   * @param active the active alerts, in the order that breaks ties between alerts of one unit
   */
  static Coverage of(Collection<Alert> active) {
    Map<String, List<CoveredUnit>> below = new HashMap<>();
    for (Alert alert : active) {
      if (alert.state() != AlertState.FIRING) {
        continue;
      }
      CoveredUnit covered = coveredUnitOf(alert);
      for (String above : new HashSet<>(alert.where().path())) {
        if (!above.equals(alert.where().unit())) {
          below
              .computeIfAbsent(
                  ValueKey.of(above, alert.what().indicator()), key -> new ArrayList<>())
              .add(covered);
        }
      }
    }
    // The sort is stable, so alerts of the same unit keep the order of the active alerts.
    below.replaceAll(
        (key, units) -> {
          units.sort(BY_UNIT);
          return List.copyOf(units);
        });
    return new Coverage(below);
  }

  /** The firing alerts below {@code alert}'s unit on its indicator, by unit code. */
  List<CoveredUnit> of(Alert alert) {
    return below.getOrDefault(
        ValueKey.of(alert.where().unit(), alert.what().indicator()), List.of());
  }

  /**
   * Whether a change of an alert can change what any alert covers: it starts or stops firing, or
   * what a notice shows of it, or where it sits, changes while it fires. An escalation changes none
   * of these.
   */
  static boolean changedBy(Alert before, Alert after) {
    return !Objects.equals(entryOf(before), entryOf(after));
  }

  private record Entry(List<String> path, String indicator, CoveredUnit shown) {}

  private static Entry entryOf(Alert alert) {
    return alert == null || alert.state() != AlertState.FIRING
        ? null
        : new Entry(alert.where().path(), alert.what().indicator(), coveredUnitOf(alert));
  }

  private static CoveredUnit coveredUnitOf(Alert alert) {
    return new CoveredUnit(
        alert.where().unit(), alert.where().unitName(), alert.rule(), alert.figures().value());
  }
}
