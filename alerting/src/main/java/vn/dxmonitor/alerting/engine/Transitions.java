package vn.dxmonitor.alerting.engine;

import vn.dxmonitor.model.alert.AlertState;

/** Told of each alert that changes state, for the alerting service's metrics. */
@FunctionalInterface
public interface Transitions {

  Transitions NONE = (from, to) -> {};

  /**
   * @param from the state before, or {@code null} for an alert that did not exist
   */
  void moved(AlertState from, AlertState to);
}
