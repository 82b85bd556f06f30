package vn.dxmonitor.dashboard.ranking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A ranking fixed at a review date, so that the award decision rests on a list that no later
 * correction changes.
 *
 * @param parent the ranked subtree's root; empty for the whole plan
 */
public record Freeze(
    String plan,
    String level,
    String parent,
    LocalDate asOf,
    String frozenBy,
    Instant frozenAt,
    List<RankingEntry> entries) {

  /** One freeze per plan, level, subtree and day. */
  public static String idOf(String plan, String level, String parent, LocalDate asOf) {
    return plan + "|" + level + "|" + (parent == null ? "" : parent) + "|" + asOf;
  }

  public String id() {
    return idOf(plan, level, parent, asOf);
  }
}
