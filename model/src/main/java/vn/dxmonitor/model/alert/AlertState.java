package vn.dxmonitor.model.alert;

/** Where an alert is in its life. */
public enum AlertState {
  FIRING,
  RESOLVED
}
