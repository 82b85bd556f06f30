package vn.dxmonitor.runtime.deadletter;

import java.util.List;

/**
 * What a replay did.
 *
 * @param replayed the letters sent back to {@code dx.metric-events} now
 * @param alreadyReplayed chosen letters left alone because they had been replayed before
 * @param notFound letters asked for by {@code partition:offset} that are not on the topic (or that
 *     the one replaying may not touch)
 */
public record ReplayOutcome(
    List<LetterId> replayed, List<Letter> alreadyReplayed, List<LetterId> notFound) {

  public ReplayOutcome {
    replayed = List.copyOf(replayed);
    alreadyReplayed = List.copyOf(alreadyReplayed);
    notFound = List.copyOf(notFound);
  }
}
