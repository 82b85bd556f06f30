package vn.dxmonitor.model.scorecard;

import java.util.List;

/** What a group earned: the sum of its items. */
public record GroupScore(ScoreGroup group, List<ItemScore> items) {

  public GroupScore {
    items = List.copyOf(items);
  }

  public double points() {
    return items.stream().mapToDouble(ItemScore::points).sum();
  }

  public double lostPoints() {
    return group.maxPoints() - points();
  }
}
