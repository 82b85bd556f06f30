package vn.dxmonitor.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;

class PlatformOptionsTest {

  @Test
  void defaultsRiseFromAFewHundredToTwiceTheTarget() {
    PlatformBenchmark.Options options = PlatformBenchmark.Options.parse(new String[0], Map.of());

    assertThat(options.rates())
        .containsExactly(100.0, 250.0, 500.0, 1_000.0, 1_500.0, 2_000.0, 3_000.0, 4_000.0);
    assertThat(options.stepDuration()).isEqualTo(Duration.ofMinutes(2));
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(90));
    assertThat(options.batch()).isEqualTo(100);
  }

  @Test
  void ratesComeFromTheCommandLineBeforeTheEnvironment() {
    PlatformBenchmark.Options options =
        PlatformBenchmark.Options.parse(
            new String[] {"--rates", "100, 2_000", "--step-duration", "15"},
            Map.of("DX_BENCH_RATES", "5,6", "DX_BENCH_STEP_DURATION", "99"));

    assertThat(options.rates()).containsExactly(100.0, 2_000.0);
    assertThat(options.stepDuration()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void ratesThatDoNotRiseAreRefusedByName() {
    assertThatThrownBy(
            () -> PlatformBenchmark.Options.parse(new String[] {"--rates", "500,250"}, Map.of()))
        .isInstanceOf(BenchmarkFailedException.class)
        .hasMessageContaining("--rates must be rising numbers above 0")
        .hasMessageContaining("'500,250'");
  }

  @Test
  void anUnknownOptionIsNamed() {
    assertThatThrownBy(
            () -> PlatformBenchmark.Options.parse(new String[] {"--events", "5"}, Map.of()))
        .isInstanceOf(BenchmarkFailedException.class)
        .hasMessageContaining("unknown option '--events'");
  }
}
