package vn.dxmonitor.dashboard.drilldown;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;

/** The levels a reader can drill into under a unit, in the order leaders read them. */
final class DrillLevels {

  private static final List<UnitLevel> ORDER =
      List.of(
          UnitLevel.DEPARTMENT,
          UnitLevel.COMMUNE,
          UnitLevel.INSTITUTION,
          UnitLevel.ENTERPRISE,
          UnitLevel.DISTRICT);

  private DrillLevels() {}

  /** The levels of the units below {@code root}, in reading order. */
  static List<UnitLevel> under(Unit root, UnitRegistry units) {
    Set<UnitLevel> present = EnumSet.noneOf(UnitLevel.class);
    for (Unit unit : units.subtree(root.code())) {
      if (!unit.code().equals(root.code())) {
        present.add(unit.level());
      }
    }
    return ORDER.stream().filter(present::contains).toList();
  }

  /**
   * @param asked the level the reader asked for, by id; the first present when absent or unknown
   */
  static UnitLevel pick(String asked, List<UnitLevel> present) {
    if (asked != null) {
      for (UnitLevel level : present) {
        if (level.id().equals(asked)) {
          return level;
        }
      }
    }
    return present.isEmpty() ? null : present.get(0);
  }
}
