package vn.dxmonitor.model.alert;

/**
 * Where an alert is in its life: its rule holds but not yet for the pending period, it holds and
 * people are told, or it has stopped holding (for the resolve period, when it had fired).
 */
public enum AlertState {
  PENDING,
  FIRING,
  RESOLVED;

  public boolean isActive() {
    return this != RESOLVED;
  }
}
