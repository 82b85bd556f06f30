package vn.dxmonitor.dashboard.report;

import java.util.List;

/**
 * What a review (sơ kết, tổng kết) is handed: the province's results against every target of the
 * plan on the day, the ranking of each level, and the award shortlist within the plan's quotas; in
 * the reader's language.
 *
 * @param review what review the day is (e.g. "Tổng kết"); empty when the plan holds none that day
 * @param collectives the plan's quota of collectives at that review; null when it names none
 * @param individuals the plan's quota of individuals; null when it names none
 */
public record ReviewReport(
    String planId,
    String planName,
    String source,
    String provinceCode,
    String provinceName,
    String day,
    String dayIso,
    String review,
    Integer collectives,
    Integer individuals,
    List<TargetLine> targets,
    List<LevelRanking> rankings,
    List<Nominee> shortlist,
    String frozenNote) {

  /**
   * One target of the plan and where the province stands on it.
   *
   * @param result the province's value for a province-wide target; for a lower level, how many of
   *     its units reached the target, of how many
   */
  public record TargetLine(
      String level,
      String indicator,
      String target,
      String deadline,
      String result,
      String expected,
      String status,
      String quote) {}

  /** The ranking of one level. */
  public record LevelRanking(String level, String levelLabel, List<Ranked> entries) {}

  /**
   * One ranked unit.
   *
   * @param revised for a frozen ranking, the unit's figures revised after the freeze, each with the
   *     value the freeze used and the one now in force; empty when none
   */
  public record Ranked(
      int rank, String unit, String name, String score, String band, String revised) {}

  /** A collective proposed for an award, in order of score. */
  public record Nominee(
      int order, String unit, String name, String level, String score, String band) {}
}
