package vn.dxmonitor.alerting.lifecycle;

import java.util.List;
import vn.dxmonitor.model.alert.Alert;

/**
 * What an alert is about: the rule, the unit (with where it sits in the tree), the indicator and
 * the plan whose target governs it.
 */
public record Subject(
    String rule,
    String unit,
    String unitName,
    String level,
    List<String> path,
    String province,
    String indicator,
    String planId,
    String targetId) {

  public String alertId() {
    return Alert.idOf(rule, unit, indicator, planId);
  }

  /** The unit's parent, or null for a province. */
  public String parent() {
    return path.size() > 1 ? path.get(1) : null;
  }
}
