package vn.dxmonitor.dashboard.scorecard;

import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.scorecard.GroupScore;
import vn.dxmonitor.model.scorecard.ItemScore;
import vn.dxmonitor.model.scorecard.Points;
import vn.dxmonitor.model.scorecard.Score;

/**
 * A unit's score as the API answers it: points, each group and sub-indicator with the points it
 * lost, and the losses biggest first; {@code measured} is false for a unit that counted nothing,
 * whose full points by "no base" say nothing yet. {@code published} is the official score as last
 * reported (null when none is) and {@code difference} the live estimate less it. Points are rounded
 * to two decimals, the index to four, as the published indices are.
 */
public record ScoreView(
    String scorecard,
    String unit,
    String unitName,
    String level,
    LocalDate asOf,
    String window,
    double points,
    double outOf,
    double index,
    double lostPoints,
    boolean measured,
    Double published,
    Double difference,
    List<GroupView> groups,
    List<ItemView> lostBiggestFirst) {

  public static ScoreView of(
      Score score, String unit, String unitName, String level, LocalDate asOf, Double published) {
    return new ScoreView(
        score.scorecard().id(),
        unit,
        unitName,
        level,
        asOf,
        score.scorecard().window().id(),
        rounded(score.points()),
        score.scorecard().outOf(),
        round(score.index(), 4),
        rounded(score.lostPoints()),
        score.measured(),
        published,
        published == null ? null : rounded(score.points() - published),
        score.groups().stream().map(GroupView::of).toList(),
        score.lostBiggestFirst().stream().map(ItemView::of).toList());
  }

  /** A group's points. */
  public record GroupView(
      String id,
      String nameVi,
      String nameEn,
      double points,
      double maxPoints,
      double lostPoints,
      List<ItemView> items) {

    static GroupView of(GroupScore group) {
      return new GroupView(
          group.group().id(),
          group.group().nameVi(),
          group.group().nameEn(),
          rounded(group.points()),
          group.group().maxPoints(),
          rounded(group.lostPoints()),
          group.items().stream().map(ItemView::of).toList());
    }
  }

  /**
   * A sub-indicator's points; {@code figure} is null and {@code basis} says why when the unit had
   * nothing to count ({@code no-base}) or never reported ({@code no-data}).
   */
  public record ItemView(
      String id,
      String nameVi,
      String nameEn,
      String indicator,
      Double figure,
      String basis,
      double points,
      double maxPoints,
      double lostPoints,
      String rule) {

    static ItemView of(ItemScore item) {
      return new ItemView(
          item.item().id(),
          item.item().nameVi(),
          item.item().nameEn(),
          item.item().indicator(),
          item.figure().value() == null ? null : round(item.figure().value(), 2),
          item.figure().basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          rounded(item.points()),
          item.item().maxPoints(),
          rounded(item.lostPoints()),
          item.item().rule().describe());
    }
  }

  private static double rounded(double value) {
    return round(value, 2);
  }

  private static double round(double value, int decimals) {
    return Points.round(value, decimals);
  }
}
