package vn.dxmonitor.dashboard.page;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * The levels under a unit that a reader drills into or a plan ranks, in the order leaders read
 * them: departments, communes, institutions, enterprises, and districts where any remain.
 */
public final class UnitLevels {

  private static final List<UnitLevel> ORDER =
      List.of(
          UnitLevel.DEPARTMENT,
          UnitLevel.COMMUNE,
          UnitLevel.INSTITUTION,
          UnitLevel.ENTERPRISE,
          UnitLevel.DISTRICT);

  private UnitLevels() {}

  /**
   * The levels of the units below the root, in reading order.
   *
   * @param subtree the root and everything below it, the root first
   */
  public static List<UnitLevel> under(List<Unit> subtree) {
    Set<UnitLevel> present = EnumSet.noneOf(UnitLevel.class);
    for (int i = 1; i < subtree.size(); i++) {
      present.add(subtree.get(i).level());
    }
    return ORDER.stream().filter(present::contains).toList();
  }

  /** Those of {@code levels} the plan sets a target for, in the same order. */
  public static List<UnitLevel> targetedBy(Catalog catalog, String planId, List<UnitLevel> levels) {
    Set<UnitLevel> targeted = EnumSet.noneOf(UnitLevel.class);
    catalog.targets().stream()
        .filter(target -> target.planId().equals(planId))
        .forEach(target -> targeted.add(target.level()));
    return levels.stream().filter(targeted::contains).toList();
  }
}
