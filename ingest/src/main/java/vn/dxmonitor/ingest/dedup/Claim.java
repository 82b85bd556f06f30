package vn.dxmonitor.ingest.dedup;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The outcome of {@link AcceptedLedger#claim}: the pairs this request must store, the ones accepted
 * before, and the signal that tells racing requests how storing went. It keeps the claimed pairs'
 * digests too, so that remembering them on release does not hash them again.
 */
public final class Claim {

  private final List<String> keys;
  private final List<String> duplicates;
  private final CompletableFuture<Boolean> future;
  private final long[] digests;

  Claim(
      List<String> keys,
      List<String> duplicates,
      CompletableFuture<Boolean> future,
      long[] digests) {
    this.keys = keys;
    this.duplicates = duplicates;
    this.future = future;
    this.digests = digests;
  }

  /** The pairs this request claimed and must store. */
  public List<String> keys() {
    return keys;
  }

  /** The pairs accepted before: the request answers them as duplicates. */
  public List<String> duplicates() {
    return duplicates;
  }

  CompletableFuture<Boolean> future() {
    return future;
  }

  /** The digest of {@code keys().get(i)} is at {@code 2i} (high half) and {@code 2i + 1}. */
  long[] digests() {
    return digests;
  }
}
