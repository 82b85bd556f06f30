package vn.dxmonitor.dashboard.ranking;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's ranking of one level of units on a day.
 *
 * @param parent the unit whose subtree is ranked; null for every unit the plan covers
 * @param interim the day of the interim review the changes are also counted from; null when none
 * @param frozen who froze this ranking and when; null while it is computed afresh
 */
public record Ranking(
    String plan,
    String level,
    String parent,
    LocalDate day,
    LocalDate interim,
    List<RankingEntry> entries,
    Freeze frozen) {}
