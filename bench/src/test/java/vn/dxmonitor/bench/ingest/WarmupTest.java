package vn.dxmonitor.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {

  private final Warmup warmup = new Warmup(Duration.ofSeconds(20), Duration.ofSeconds(90), 0.05);

  @Test
  void aClimbingRateIsNotWarm() {
    // the batched phase of a real run: 5-second rates while the JIT compiled the service
    List<Double> rates = List.of(33_496.0, 69_805.0, 90_486.0, 99_605.0, 103_581.0, 126_135.0);

    assertThat(warmup.isDone(rates, Duration.ofSeconds(30))).isFalse();
  }

  @Test
  void tenSecondsWithinFivePercentOfTheTenBeforeIsWarm() {
    List<Double> rates = List.of(90_000.0, 134_980.0, 163_938.0, 168_307.0, 167_000.0, 166_000.0);

    // the last two intervals average 166,500, the two before 166,122.5
    assertThat(warmup.isDone(rates, Duration.ofSeconds(30))).isTrue();
    assertThat(warmup.isDone(rates.subList(0, 5), Duration.ofSeconds(25))).isFalse();
  }

  @Test
  void neverBeforeTheMinimumAlwaysAtTheMaximum() {
    List<Double> flat = List.of(2_400.0, 2_400.0, 2_400.0, 2_400.0);
    List<Double> wild = List.of(1.0, 1_000.0, 1.0, 1_000_000.0);

    assertThat(warmup.isDone(flat, Duration.ofSeconds(19))).isFalse();
    assertThat(warmup.isDone(flat, Duration.ofSeconds(20))).isTrue();
    assertThat(warmup.isDone(wild, Duration.ofSeconds(89))).isFalse();
    assertThat(warmup.isDone(wild, Duration.ofSeconds(90))).isTrue();
    assertThat(new Warmup(Duration.ZERO, Duration.ZERO, 0.05).isDone(List.of(), Duration.ZERO))
        .isTrue();
  }
}
