package vn.dxmonitor.alerting.engine;

import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.model.alert.Alert;

/** What the engine of a province writes: a new version of an alert, or a notification. */
record EngineOutput(Alert alert, Notification notification) {

  static EngineOutput of(Alert alert) {
    return new EngineOutput(alert, null);
  }

  static EngineOutput of(Notification notification) {
    return new EngineOutput(null, notification);
  }
}
