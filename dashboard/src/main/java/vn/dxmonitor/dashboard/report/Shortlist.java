package vn.dxmonitor.dashboard.report;

import java.util.Comparator;
import java.util.List;
import vn.dxmonitor.dashboard.ranking.Band;
import vn.dxmonitor.dashboard.ranking.RankingEntry;

/**
 * The collectives proposed for an award: units of every ranked level banded good or excellent, best
 * score first (a better place within its level breaking a tie), no more than the quota.
 */
final class Shortlist {

  private Shortlist() {}

  /** A ranked unit with the name of its level. */
  record Candidate(RankingEntry entry, String level) {}

  /**
   * @param quota how many collectives the review may award; null (no quota named) proposes none
   */
  static List<Candidate> of(List<Candidate> ranked, Integer quota) {
    if (quota == null) {
      return List.of();
    }
    return ranked.stream()
        .filter(
            c ->
                c.entry().band().equals(Band.EXCELLENT.id())
                    || c.entry().band().equals(Band.GOOD.id()))
        .sorted(
            Comparator.comparingDouble((Candidate c) -> c.entry().score())
                .reversed()
                .thenComparingInt(c -> c.entry().rank()))
        .limit(quota)
        .toList();
  }
}
