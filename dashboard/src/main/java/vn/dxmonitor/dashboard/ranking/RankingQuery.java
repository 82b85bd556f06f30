package vn.dxmonitor.dashboard.ranking;

import java.time.LocalDate;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Which ranking is asked for.
 *
 * @param parent the unit whose subtree to rank; null for every unit the plan covers
 * @param day the day to rank on
 * @param today today in Vietnam: a day before it is ranked from the daily history
 */
public record RankingQuery(
    String plan, UnitLevel level, String parent, LocalDate day, LocalDate today) {

  public String freezeId() {
    return Freeze.idOf(plan, level.id(), parent, day);
  }
}
