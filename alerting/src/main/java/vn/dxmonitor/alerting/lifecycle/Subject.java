package vn.dxmonitor.alerting.lifecycle;

import java.util.ArrayList;
import java.util.List;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

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

  /**
   * The subject of {@code unit} as {@code units} place it: its path up to its province.
   *
   * @param indicator the indicator judged, or the part of a scorecard a score rule judged
   * @param planId the plan whose target governs it; null for a score
   */
  public static Subject of(
      String rule,
      Unit unit,
      UnitRegistry units,
      String indicator,
      String planId,
      String targetId) {
    List<String> path = new ArrayList<>();
    path.add(unit.code());
    units.ancestors(unit.code()).forEach(ancestor -> path.add(ancestor.code()));
    return new Subject(
        rule,
        unit.code(),
        unit.name(),
        unit.level().id(),
        path,
        path.get(path.size() - 1),
        indicator,
        planId,
        targetId);
  }

  public String alertId() {
    return Alert.idOf(rule, unit, indicator, planId);
  }

  /** The unit's parent, or null for a province. */
  public String parent() {
    return path.size() > 1 ? path.get(1) : null;
  }
}
