package vn.dxmonitor.ingest.dedup;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The outcome of {@link AcceptedLedger#claim}: a verdict for every event offered, and the events
 * this request must store (those judged {@link Verdict#stores}), claimed so racing requests wait
 * for them. It keeps what release must remember of each claimed event, so nothing is hashed twice.
 */
public final class Claim {

  private final Verdict[] verdicts;
  private final List<String> keys;
  private final CompletableFuture<Boolean> future;
  private final long[] digests;
  private final AcceptedIds.Known[] known;
  private final int[] minutes;

  Claim(
      Verdict[] verdicts,
      List<String> keys,
      CompletableFuture<Boolean> future,
      long[] digests,
      AcceptedIds.Known[] known,
      int[] minutes) {
    this.verdicts = verdicts;
    this.keys = keys;
    this.future = future;
    this.digests = digests;
    this.known = known;
    this.minutes = minutes;
  }

  /** The verdict on the {@code i}-th event offered. */
  public Verdict verdict(int i) {
    return verdicts[i];
  }

  /** The idempotency keys this request claimed and must store. */
  public List<String> keys() {
    return keys;
  }

  CompletableFuture<Boolean> future() {
    return future;
  }

  /** The digest of {@code keys().get(i)} is at {@code 2i} (high half) and {@code 2i + 1}. */
  long[] digests() {
    return digests;
  }

  AcceptedIds.Known[] known() {
    return known;
  }

  int[] minutes() {
    return minutes;
  }
}
