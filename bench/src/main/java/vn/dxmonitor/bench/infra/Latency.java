package vn.dxmonitor.bench.infra;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one phase, in milliseconds, from a histogram of microseconds.
 *
 * @param count values recorded
 * @param meanMs mean
 * @param p50Ms median
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs worst
 */
public record Latency(
    long count,
    double meanMs,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double p999Ms,
    double maxMs) {

  /** Longest latency the histograms hold, in microseconds: a minute. */
  public static final long MAX_MICROS = 60_000_000L;

  /** A histogram for {@link #of}: microseconds up to a minute, three significant digits. */
  public static Histogram newHistogram() {
    return new Histogram(MAX_MICROS, 3);
  }

  public static Latency of(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return new Latency(0, 0, 0, 0, 0, 0, 0);
    }
    return new Latency(
        micros.getTotalCount(),
        micros.getMean() / 1000.0,
        millis(micros, 50.0),
        millis(micros, 95.0),
        millis(micros, 99.0),
        millis(micros, 99.9),
        micros.getMaxValue() / 1000.0);
  }

  private static double millis(Histogram micros, double percentile) {
    return micros.getValueAtPercentile(percentile) / 1000.0;
  }
}
