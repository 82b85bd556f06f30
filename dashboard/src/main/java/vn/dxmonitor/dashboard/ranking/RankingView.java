package vn.dxmonitor.dashboard.ranking;

import java.util.List;

/**
 * The ranking page, in the reader's language.
 *
 * @param chart the bar chart's data as JSON: labels, scores and band colours, in rank order
 * @param frozenNote who froze the ranking and when; empty when it is computed afresh
 * @param interim the interim review's day the changes are also counted from; empty when none
 */
public record RankingView(
    String parentCode,
    String parentName,
    List<Choice> plans,
    List<Choice> levels,
    String plan,
    String level,
    String day,
    String dayIso,
    String todayIso,
    boolean past,
    String interim,
    String frozenNote,
    List<Row> rows,
    List<Row> mostImproved,
    List<BandLegend> bands,
    String chart,
    boolean searchFailed) {

  /** An option of a select. */
  public record Choice(String id, String label, boolean selected) {}

  /** One ranked unit. */
  public record Row(
      int rank,
      String unit,
      String name,
      String score,
      double scoreValue,
      String band,
      String bandLabel,
      String change,
      String changeClass,
      String changeSinceInterim,
      String scoreChange) {}

  /** A band with the lowest score it takes. */
  public record BandLegend(String band, String label, String from) {}
}
