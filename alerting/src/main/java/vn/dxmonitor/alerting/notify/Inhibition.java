package vn.dxmonitor.alerting.notify;

import java.util.List;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

/**
 * A firing alert of a higher unit stands for the firing alerts below it on the same indicator: they
 * are not sent one by one, and its notice names them instead. Forty communes behind under a
 * province that is behind make one line, not forty-one. A silenced alert is not sent either.
 *
 * <p>What an alert covers is read from a {@link Coverage} built at most once per tick and kept
 * until an alert changes in a way that can alter it.
 */
final class Inhibition {

  private final AlertLookup alerts;
  private Coverage coverage;

  Inhibition(AlertLookup alerts) {
    this.alerts = alerts;
  }

  /** Neither silenced nor carried by a firing alert of a unit above it on the same indicator. */
  boolean sendable(Alert alert) {
    return !alert.hasSilences() && !carriedAbove(alert);
  }

  /** The alert as a firing notice shows it, with the units below that it carries. */
  NotifiedAlert asFiring(Alert alert) {
    if (coverage == null) {
      coverage = Coverage.of(alerts.active());
    }
    return NotifiedAlert.of(alert, "firing", coverage.of(alert));
  }

  /** Notes a new version of an alert. */
  void changed(Alert before, Alert after) {
    if (Coverage.changedBy(before, after)) {
      coverage = null;
    }
  }

  /**
   * Starts a tick from the active alerts as they are now, whatever changed them since the last one.
   */
  void startTick() {
    coverage = null;
  }

  private boolean carriedAbove(Alert alert) {
    List<String> path = alert.where().path();
    for (String ancestor : path.subList(Math.min(1, path.size()), path.size())) {
      for (Alert above : alerts.active(ancestor, alert.what().indicator())) {
        if (above.state() == AlertState.FIRING) {
          return true;
        }
      }
    }
    return false;
  }
}
