package vn.dxmonitor.ingest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  @Test
  void aKeyMaySpendItsBurstThenMustWaitForTheRefill() {
    RateLimits limits = new RateLimits(100, 1000);

    assertThat(limits.charge("a", 1000)).isEmpty();
    Duration wait = limits.charge("a", 500).orElseThrow();

    assertThat(wait).isBetween(Duration.ofMillis(4000), Duration.ofMillis(5100));
    assertThat(limits.waitBeforeAny("a")).isPresent();
    assertThat(limits.waitBeforeAny("b")).isEmpty();
  }

  @Test
  void aBatchLargerThanTheBurstCostsTheWholeBurst() {
    RateLimits limits = new RateLimits(10, 50);

    assertThat(limits.charge("a", 80)).isEmpty();
    assertThat(limits.charge("a", 1)).isPresent();
  }
}
