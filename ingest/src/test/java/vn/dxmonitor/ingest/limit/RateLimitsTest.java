package vn.dxmonitor.ingest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  /** Time that moves only when the test says so. */
  private static final class ManualTime implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  private final ManualTime time = new ManualTime();

  @Test
  void aKeyMaySpendItsBurstThenMustWaitForTheRefill() {
    RateLimits limits = new RateLimits(100, 1000, time);

    assertThat(limits.charge("a", 1000)).isEmpty();
    assertThat(limits.charge("a", 500)).contains(Duration.ofSeconds(5));
    assertThat(limits.waitBeforeAny("a")).contains(Duration.ofMillis(10));
    assertThat(limits.waitBeforeAny("b")).isEmpty();

    time.nanos += Duration.ofSeconds(5).toNanos();
    assertThat(limits.charge("a", 500)).isEmpty();
  }

  @Test
  void aBatchLargerThanTheBurstCostsTheWholeBurst() {
    RateLimits limits = new RateLimits(10, 50, time);

    assertThat(limits.charge("a", 80)).isEmpty();
    assertThat(limits.charge("a", 1)).contains(Duration.ofMillis(100));
  }
}
