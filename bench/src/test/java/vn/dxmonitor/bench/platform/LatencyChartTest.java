package vn.dxmonitor.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.Latency;

class LatencyChartTest {

  @TempDir Path dir;

  @Test
  void drawsEachPercentileAgainstTheRateWithTheTargetAcross() throws Exception {
    Path file = dir.resolve("chart.svg");

    LatencyChart.write(
        file, List.of(step(250, 300, 600, 900), step(500, 400, 2_000, 25_000)), 1_000);

    String svg = Files.readString(file);
    assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
    assertThat(svg.split("<polyline", -1)).hasSize(4);
    assertThat(svg).contains(">p50<", ">p95<", ">p99<", "p99 target", ">250<", ">500<", ">10 s<");
  }

  private static RateStep step(double rate, double p50, double p95, double p99) {
    return new RateStep(
        rate,
        new OpenLoad.Result(120, 300, 30_000, 0, 0, new Latency(300, 5, 4, 6, 8, 9, 10), List.of()),
        new Latency(200, p50, p50, p95, p99, p99, p99),
        false,
        0,
        0,
        new CpuMeter.Usage(120, Map.of(), Optional.empty()),
        Map.of(),
        p99 <= 1_000);
  }
}
