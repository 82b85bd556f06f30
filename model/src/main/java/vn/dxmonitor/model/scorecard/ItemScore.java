package vn.dxmonitor.model.scorecard;

/** What one sub-indicator earned, from which figure. */
public record ItemScore(ScoreItem item, Figure figure, double points) {

  /** The points the unit could still win on this item. */
  public double lostPoints() {
    return item.maxPoints() - points;
  }
}
