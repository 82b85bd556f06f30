package vn.dxmonitor.dashboard.search;

import vn.dxmonitor.model.alert.AlertState;

/**
 * Which alerts to read.
 *
 * @param unit the alert's unit code, matched exactly; null for every unit
 * @param state null for every state
 * @param limit the most alerts to return, newest first
 */
public record AlertQuery(String unit, AlertState state, int limit) {

  public AlertQuery {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be ≥ 0, but was " + limit);
    }
  }

  public static AlertQuery firing(int limit) {
    return new AlertQuery(null, AlertState.FIRING, limit);
  }
}
