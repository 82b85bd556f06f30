package vn.dxmonitor.alerting.deliver;

import java.time.Duration;

/**
 * How often and how patiently a channel is tried: attempt {@code n} (from 1) waits {@code initial ×
 * 2^(n-1)}, at most {@code max}, before the next.
 */
public record Backoff(int attempts, Duration initial, Duration max) {

  public Duration before(int nextAttempt) {
    Duration wait = initial.multipliedBy(1L << Math.min(nextAttempt - 2, 20));
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
