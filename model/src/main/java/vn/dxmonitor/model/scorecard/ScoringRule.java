package vn.dxmonitor.model.scorecard;

import java.util.Locale;

/**
 * How a sub-indicator's figure becomes points, from a closed set so that a scorecard is data an
 * administrator can edit and never code. Each rule maps the figure to a share of the item's
 * maximum, between none and all of it.
 */
public sealed interface ScoringRule
    permits ScoringRule.Linear,
        ScoringRule.ThresholdLinear,
        ScoringRule.Capped,
        ScoringRule.Inverse {

  /** The points a figure earns of {@code maxPoints}: never below 0 nor above the maximum. */
  default double points(double figure, double maxPoints) {
    return maxPoints * Math.max(0, Math.min(1, share(figure, maxPoints)));
  }

  /** The share of the maximum the figure earns, before it is held between 0 and 1. */
  double share(double figure, double maxPoints);

  /** The rule's name in a scorecard document. */
  String id();

  /** A sentence saying how the rule scores, for the people who read the scorecard. */
  String describe();

  /**
   * Points in proportion to the figure: {@code max × figure ÷ full}, full points at {@code full}.
   */
  record Linear(double full) implements ScoringRule {

    public static final String ID = "linear";

    public Linear {
      requirePositive(full, "full");
    }

    @Override
    public double share(double figure, double maxPoints) {
      return figure / full;
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String describe() {
      return "max × figure ÷ " + number(full);
    }
  }

  /**
   * Full points at or above the threshold, otherwise {@code max × figure ÷ threshold}: the method
   * the Government Office describes for most of the 766 index's ratios.
   */
  record ThresholdLinear(double threshold) implements ScoringRule {

    public static final String ID = "threshold-linear";

    public ThresholdLinear {
      requirePositive(threshold, "threshold");
    }

    @Override
    public double share(double figure, double maxPoints) {
      return figure >= threshold ? 1 : figure / threshold;
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String describe() {
      return "full points from " + number(threshold) + ", else max × figure ÷ " + number(threshold);
    }
  }

  /** {@code pointsPerUnit} for each unit of the figure (a count), up to the maximum. */
  record Capped(double pointsPerUnit) implements ScoringRule {

    public static final String ID = "capped";

    public Capped {
      requirePositive(pointsPerUnit, "pointsPerUnit");
    }

    @Override
    public double share(double figure, double maxPoints) {
      return maxPoints == 0 ? 1 : figure * pointsPerUnit / maxPoints;
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String describe() {
      return number(pointsPerUnit) + " per unit of the figure, at most the maximum";
    }
  }

  /**
   * Lower is better: full points at or below {@code best}, none at or above {@code worst}, and in
   * proportion between them.
   */
  record Inverse(double best, double worst) implements ScoringRule {

    public static final String ID = "inverse";

    public Inverse {
      if (!(worst > best)) {
        throw new IllegalArgumentException(
            "worst must be above best (" + number(best) + "), but was " + number(worst));
      }
    }

    @Override
    public double share(double figure, double maxPoints) {
      return (worst - figure) / (worst - best);
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String describe() {
      return "full points at or below " + number(best) + ", none from " + number(worst);
    }
  }

  private static void requirePositive(double value, String field) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be above 0, but was " + number(value));
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
