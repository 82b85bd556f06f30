package vn.dxmonitor.model.scorecard;

import java.util.Comparator;
import java.util.List;

/** A unit's score on a scorecard: its groups and items, and where it lost points. */
public record Score(Scorecard scorecard, List<GroupScore> groups) {

  public Score {
    groups = List.copyOf(groups);
  }

  public double points() {
    return groups.stream().mapToDouble(GroupScore::points).sum();
  }

  public double lostPoints() {
    return scorecard.outOf() - points();
  }

  /** The index units are ranked by: points ÷ the scorecard's total (DTI 800.2 ÷ 1,000 = 0.8002). */
  public double index() {
    return points() / scorecard.outOf();
  }

  /**
   * Whether any sub-indicator had a figure. A unit that counted nothing at all earns full points by
   * "no base" everywhere; it has not been scored so much as not yet seen.
   */
  public boolean measured() {
    return groups.stream()
        .flatMap(group -> group.items().stream())
        .anyMatch(item -> item.figure().basis() == Figure.Basis.MEASURED);
  }

  /** Every item that lost points, the biggest loss first: where an office should act. */
  public List<ItemScore> lostBiggestFirst() {
    return groups.stream()
        .flatMap(group -> group.items().stream())
        .filter(item -> Points.round(item.lostPoints(), 2) > 0)
        .sorted(Comparator.comparingDouble(ItemScore::lostPoints).reversed())
        .toList();
  }
}
