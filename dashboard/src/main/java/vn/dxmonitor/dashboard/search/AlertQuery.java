package vn.dxmonitor.dashboard.search;

import java.util.List;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Which alerts to read; a null criterion matches every alert.
 *
 * @param unit the alert's unit code, matched exactly
 * @param within a unit code: the alerts of that unit and of every unit below it
 * @param states any of these states; empty for every state
 * @param limit the most alerts to return, newest first
 */
public record AlertQuery(
    String unit,
    String within,
    List<AlertState> states,
    String severity,
    String rule,
    String indicator,
    int limit) {

  public AlertQuery {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be ≥ 0, but was " + limit);
    }
    states = states == null ? List.of() : List.copyOf(states);
  }

  /** The alerts firing anywhere. */
  public static AlertQuery firing(int limit) {
    return firing(null, limit);
  }

  /** The alerts firing in a unit's subtree. */
  public static AlertQuery firing(String within, int limit) {
    return new AlertQuery(null, within, List.of(AlertState.FIRING), null, null, null, limit);
  }

  /** A unit's own alerts, in every state. */
  public static AlertQuery ofUnit(String unit, int limit) {
    return new AlertQuery(unit, null, List.of(), null, null, null, limit);
  }
}
