package vn.dxmonitor.dashboard.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.dxmonitor.model.catalog.Target;

/**
 * A unit's composite score: for each target the plan sets its level, how far it has come toward the
 * target (its value over the target, or the target over its value where lower is better), capped at
 * {@link RankingProperties#cap()}; no value counts as nothing. The score is the weighted mean of
 * these shares, times 100, to one decimal.
 */
final class Scoring {

  private final RankingProperties rules;

  Scoring(RankingProperties rules) {
    this.rules = rules;
  }

  /** A target with the unit's value for it; null when it reported nothing. */
  record Scored(Target target, Double value) {}

  /** The share of the target reached, from 0 to the cap. */
  double attainment(Target target, Double value) {
    if (value == null || value.isNaN()) {
      return 0;
    }
    double share;
    if (target.comparator().higherIsBetter()) {
      share = target.value() <= 0 ? (target.isMetBy(value) ? 1 : 0) : value / target.value();
    } else {
      share = value <= 0 ? (target.isMetBy(value) ? rules.cap() : 0) : target.value() / value;
    }
    return Math.max(0, Math.min(rules.cap(), share));
  }

  /** 0 for a unit with no target at all. */
  double score(List<Scored> targets) {
    double weighted = 0;
    double weights = 0;
    for (Scored scored : targets) {
      double weight = rules.weightOf(scored.target().indicatorId());
      weighted += weight * attainment(scored.target(), scored.value());
      weights += weight;
    }
    double score = weights == 0 ? 0 : 100 * weighted / weights;
    return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
