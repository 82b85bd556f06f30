package vn.dxmonitor.dashboard.drilldown;

import java.util.List;
import vn.dxmonitor.model.unit.UnitLevel;

/** Which of the levels under a unit the drill-down shows. */
final class DrillLevels {

  private DrillLevels() {}

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
