package vn.dxmonitor.alerting.api;

import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.runtime.access.Scopes;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * Who is calling the alerting API, with the reach {@link Scopes} gives its key: an operator or an
 * administrator acts only on alerts and silences within the subtrees of its units; an administrator
 * without units, on all of them.
 *
 * @param units the key's unit codes as they are today
 */
public record Operator(ApiKey key, List<String> units, UnitHistory history, LocalDate today) {

  public String actor() {
    return "key:" + key.id();
  }

  /** Whether it reaches every unit: an administrator key without units. */
  public boolean national() {
    return key.national();
  }

  /** Whether a unit path (a unit and its ancestors) lies within this operator's subtrees. */
  public boolean covers(List<String> path) {
    return Scopes.covers(key, path, history, today);
  }

  /** Whether a unit lies within this operator's subtrees in today's registry. */
  public boolean reaches(String unit) {
    return Scopes.reaches(key, unit, history, today);
  }
}
