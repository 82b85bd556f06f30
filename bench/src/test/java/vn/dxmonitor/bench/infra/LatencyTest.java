package vn.dxmonitor.bench.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyTest {

  @Test
  void percentilesOfOneToTenThousandMicroseconds() {
    Histogram micros = Latency.newHistogram();
    for (long us = 1; us <= 10_000; us++) {
      micros.recordValue(us);
    }

    Latency latency = Latency.of(micros);

    // three significant digits: each value within 0.1 % of the exact one
    assertThat(latency.count()).isEqualTo(10_000);
    assertThat(latency.meanMs()).isCloseTo(5.0005, within(0.005));
    assertThat(latency.p50Ms()).isCloseTo(5.000, within(0.005));
    assertThat(latency.p95Ms()).isCloseTo(9.500, within(0.01));
    assertThat(latency.p99Ms()).isCloseTo(9.900, within(0.01));
    assertThat(latency.p999Ms()).isCloseTo(9.990, within(0.01));
    assertThat(latency.maxMs()).isCloseTo(10.000, within(0.01));
  }

  @Test
  void anEmptyHistogramIsAllZero() {
    assertThat(Latency.of(Latency.newHistogram())).isEqualTo(new Latency(0, 0, 0, 0, 0, 0, 0));
  }
}
