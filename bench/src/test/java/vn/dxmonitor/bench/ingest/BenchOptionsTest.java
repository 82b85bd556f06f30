package vn.dxmonitor.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsFitAFewMinutes() {
    BenchOptions options = BenchOptions.parse(List.of(), Map.of());

    assertThat(options)
        .isEqualTo(
            new BenchOptions(
                8_000_000,
                3_200_000,
                Duration.ofSeconds(20),
                Duration.ofSeconds(90),
                Duration.ofSeconds(30),
                32,
                64,
                100,
                Optional.empty(),
                false,
                false,
                List.of(),
                false));
  }

  @Test
  void argumentsWinOverTheEnvironment() {
    BenchOptions options =
        BenchOptions.parse(
            List.of(
                "--connections",
                "32",
                "--duration=2m",
                "--warmup",
                "500ms",
                "--keep-data",
                "--profile",
                "--ingest-property",
                "spring.kafka.producer.batch-size=131072",
                "--ingest-property=logging.level.root=WARN"),
            Map.of(
                "DX_BENCH_CONNECTIONS",
                "8",
                "DX_BENCH_RECORDS",
                "1_000_000",
                "DX_BENCH_WORK_DIR",
                "/tmp/b"));

    assertThat(options.connections()).isEqualTo(32);
    assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
    assertThat(options.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.records()).isEqualTo(1_000_000);
    assertThat(options.warmupRecords()).isEqualTo(400_000);
    assertThat(options.workDir()).contains(Path.of("/tmp/b"));
    assertThat(options.keepData()).isTrue();
    assertThat(options.profile()).isTrue();
    assertThat(options.help()).isFalse();
    assertThat(options.ingestProperties())
        .containsExactly("spring.kafka.producer.batch-size=131072", "logging.level.root=WARN");
  }

  @Test
  void aBadValueNamesTheOptionAndWhatCame() {
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--connections", "0"), Map.of()))
        .hasMessage("--connections must be a whole number ≥ 1, but was '0'");
    assertThatThrownBy(() -> BenchOptions.parse(List.of(), Map.of("DX_BENCH_DURATION", "soon")))
        .hasMessageStartingWith("--duration must be a duration of at least 1000 ms")
        .hasMessageEndingWith("but was 'soon'");
    assertThatThrownBy(
            () ->
                BenchOptions.parse(List.of("--records", "10", "--warmup-records", "10"), Map.of()))
        .hasMessage("--warmup-records must be less than --records, but was 10 ≥ 10");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--ingest-property", "x"), Map.of()))
        .hasMessage("--ingest-property must be name=value, but was 'x'");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--fast"), Map.of()))
        .hasMessageStartingWith("unknown option '--fast'");
  }
}
