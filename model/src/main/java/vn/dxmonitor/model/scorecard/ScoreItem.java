package vn.dxmonitor.model.scorecard;

import java.util.Objects;

/**
 * A sub-indicator: the catalog indicator it reads, the points it is worth and how its figure earns
 * them.
 *
 * @param source where the rule comes from, for the people who check the reconstruction
 */
public record ScoreItem(
    String id,
    String nameVi,
    String nameEn,
    String indicator,
    double maxPoints,
    ScoringRule rule,
    WhenNoBase whenNoBase,
    String source) {

  public ScoreItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(whenNoBase, "whenNoBase");
    if (!(maxPoints >= 0) || Double.isInfinite(maxPoints)) {
      throw new IllegalArgumentException("points must be 0 or more, but was " + maxPoints);
    }
  }

  /** The points the figure earns, and why. */
  public ItemScore score(Figure figure) {
    double points =
        switch (figure.basis()) {
          case MEASURED -> rule.points(figure.value(), maxPoints);
          case NO_BASE -> whenNoBase == WhenNoBase.FULL_POINTS ? maxPoints : 0;
          case NO_DATA -> 0;
        };
    return new ItemScore(this, figure, points);
  }
}
