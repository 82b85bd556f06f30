package vn.dxmonitor.bench.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;

class ProcessorOptionsTest {

  @Test
  void byDefaultTheProcessorsRunUnprofiledWithNoOptionsOfTheirOwn() {
    ProcessorBenchmark.Options options = ProcessorBenchmark.Options.parse(new String[0], Map.of());

    assertThat(options.events()).isEqualTo(500_000);
    assertThat(options.processorJvm()).isEmpty();
    assertThat(options.profile()).isFalse();
  }

  @Test
  void profileIsAFlagAndJvmOptionsAreWordsFromTheLineOrTheEnvironment() {
    ProcessorBenchmark.Options given =
        ProcessorBenchmark.Options.parse(
            new String[] {"--profile", "--processor-jvm", " -XX:+UseParallelGC  -Xss512k "},
            Map.of());
    assertThat(given.profile()).isTrue();
    assertThat(given.processorJvm()).containsExactly("-XX:+UseParallelGC", "-Xss512k");

    ProcessorBenchmark.Options fromEnvironment =
        ProcessorBenchmark.Options.parse(
            new String[] {"--events", "20000"},
            Map.of("DX_BENCH_PROCESSOR_JVM", "-XX:TieredStopAtLevel=1"));
    assertThat(fromEnvironment.processorJvm()).containsExactly("-XX:TieredStopAtLevel=1");
    assertThat(fromEnvironment.events()).isEqualTo(20_000);
  }

  @Test
  void anUnknownOptionIsNamed() {
    assertThatThrownBy(
            () -> ProcessorBenchmark.Options.parse(new String[] {"--profiles", "x"}, Map.of()))
        .isInstanceOf(BenchmarkFailedException.class)
        .hasMessageContaining("--profiles");
  }
}
