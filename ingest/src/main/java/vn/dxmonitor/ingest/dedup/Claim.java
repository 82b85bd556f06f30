package vn.dxmonitor.ingest.dedup;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The outcome of {@link AcceptedLedger#claim}: the pairs this request must store, the ones accepted
 * before, and the signal that tells racing requests how storing went.
 */
public record Claim(
    List<String> keys, List<String> duplicates, CompletableFuture<Boolean> future) {}
