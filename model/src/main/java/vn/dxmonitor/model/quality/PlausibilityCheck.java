package vn.dxmonitor.model.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a figure passes before it counts: against the unit's own history, against its peers
 * for the same period, and for what a ratio or a coverage cannot be. Pure: the caller hands it the
 * figures, so the verifier's queue and the live alert ask the same question the same way.
 */
public final class PlausibilityCheck {

  private PlausibilityCheck() {}

  /**
   * @param history the unit's earlier figures of the indicator, oldest first
   * @param peers the figures the unit's peers (the same level under the same parent) reported for
   *     the same period
   */
  public static List<Flag> check(
      double figure, List<Double> history, List<Double> peers, JumpRule rule) {
    List<Flag> flags = new ArrayList<>(2);
    jump(figure, history, rule).ifPresent(flags::add);
    if (peers.size() >= rule.minPeers()) {
      double score = RobustScore.of(figure, peers, rule.scaleFloor());
      if (Math.abs(score) > rule.zLimit()) {
        flags.add(
            new Flag(
                FlagCode.OUTLIER_AMONG_PEERS,
                String.format(
                    Locale.ROOT,
                    "%s lies %.1f robust deviations from the median of %d peers' figures",
                    plain(figure),
                    score,
                    peers.size()),
                score));
      }
    }
    return flags;
  }

  /** A ratio's or coverage's parts, where a report gives them. */
  public static List<Flag> parts(long numerator, long denominator, Long registryCount) {
    List<Flag> flags = new ArrayList<>(1);
    if (numerator > denominator) {
      flags.add(
          new Flag(
              FlagCode.NUMERATOR_ABOVE_DENOMINATOR,
              "the numerator " + numerator + " is above the denominator " + denominator,
              0));
    }
    if (registryCount != null && denominator > registryCount) {
      flags.add(
          new Flag(
              FlagCode.COVERAGE_ABOVE_REGISTRY,
              "it counts "
                  + denominator
                  + " units where the registry holds "
                  + registryCount
                  + " under the unit",
              0));
    }
    return flags;
  }

  /**
   * A change from the last figure far beyond the changes between the earlier ones. Changes, not
   * levels: a share that grows steadily every quarter is not implausible for growing again.
   */
  private static Optional<Flag> jump(double figure, List<Double> history, JumpRule rule) {
    if (history.size() < rule.minHistory()) {
      return Optional.empty();
    }
    List<Double> changes = new ArrayList<>(history.size() - 1);
    for (int i = 1; i < history.size(); i++) {
      changes.add(history.get(i) - history.get(i - 1));
    }
    double last = history.get(history.size() - 1);
    double score = RobustScore.of(figure - last, changes, rule.scaleFloor());
    if (Math.abs(score) <= rule.zLimit()) {
      return Optional.empty();
    }
    return Optional.of(
        new Flag(
            FlagCode.IMPLAUSIBLE_JUMP,
            String.format(
                Locale.ROOT,
                "%s after %s: a change %.1f robust deviations from the unit's %d earlier changes",
                plain(figure),
                plain(last),
                score,
                changes.size()),
            score));
  }

  private static String plain(double figure) {
    return figure == Math.rint(figure)
        ? String.valueOf((long) figure)
        : String.format(Locale.ROOT, "%.2f", figure);
  }
}
