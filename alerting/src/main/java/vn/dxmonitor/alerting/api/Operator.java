package vn.dxmonitor.alerting.api;

import java.util.List;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * Who is calling the alerting API: an administrator, who may do anything, or an operator, who acts
 * only on alerts and silences within the subtrees of its units.
 *
 * @param units the key's unit codes as they are today
 */
public record Operator(ApiKey key, List<String> units) {

  public String actor() {
    return "key:" + key.id();
  }

  public boolean isAdmin() {
    return key.isAdmin();
  }

  /** Whether a unit path (a unit and its ancestors) lies within this operator's subtrees. */
  public boolean covers(List<String> path) {
    return isAdmin() || path.stream().anyMatch(units::contains);
  }
}
