package vn.dxmonitor.ingest.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key, one token per event: a source may send {@code eventsPerSecond} on average
 * and a burst of {@code burst} at once. The bucket is checked for a token before the body is read,
 * so a flooding client costs no parsing, and charged the batch's size once it is known.
 */
public final class RateLimits {

  private final long eventsPerSecond;
  private final long burst;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimits(long eventsPerSecond, long burst) {
    this(eventsPerSecond, burst, TimeMeter.SYSTEM_NANOTIME);
  }

  /**
   * @param time the clock the buckets refill by; a test's own, so it does not depend on timing
   */
  public RateLimits(long eventsPerSecond, long burst, TimeMeter time) {
    this.eventsPerSecond = eventsPerSecond;
    this.burst = burst;
    this.time = time;
  }

  /** How long the key must wait before it may send anything, or empty when it may send now. */
  public Optional<Duration> waitBeforeAny(String keyId) {
    EstimationProbe probe = bucket(keyId).estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /**
   * Charges {@code events} tokens.
   *
   * @return how long to wait before sending this batch again, or empty when it was charged
   */
  public Optional<Duration> charge(String keyId, int events) {
    long tokens = Math.min(Math.max(1, events), burst);
    ConsumptionProbe probe = bucket(keyId).tryConsumeAndReturnRemaining(tokens);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(String keyId) {
    return buckets.computeIfAbsent(
        keyId,
        id ->
            Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(
                    Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(eventsPerSecond, Duration.ofSeconds(1))
                        .build())
                .build());
  }
}
