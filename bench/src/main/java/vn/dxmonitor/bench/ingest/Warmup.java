package vn.dxmonitor.bench.ingest;

import java.time.Duration;
import java.util.List;

/**
 * When a load phase is warm enough to measure: after at least {@code min}, once the rate of the
 * last two progress intervals is within {@code tolerance} of the two before them, and after {@code
 * max} in any case. A Spring service under full load on two cores keeps getting faster for tens of
 * seconds while the JIT compiles it and the producer's batches grow; a fixed warm-up would either
 * measure that climb or waste minutes when it is over sooner.
 *
 * @param min the shortest warm-up
 * @param max the longest
 * @param tolerance relative change of the rate that counts as steady, e.g. 0.05
 */
record Warmup(Duration min, Duration max, double tolerance) {

  /** Intervals compared on each side. */
  static final int SPAN = 2;

  /**
   * @param rates events per second of each progress interval so far, oldest first
   * @param elapsed load time so far
   */
  boolean isDone(List<Double> rates, Duration elapsed) {
    if (elapsed.compareTo(max) >= 0) {
      return true;
    }
    if (elapsed.compareTo(min) < 0 || rates.size() < 2 * SPAN) {
      return false;
    }
    double recent = mean(rates.subList(rates.size() - SPAN, rates.size()));
    double before = mean(rates.subList(rates.size() - 2 * SPAN, rates.size() - SPAN));
    return before > 0 && Math.abs(recent - before) / before <= tolerance;
  }

  private static double mean(List<Double> rates) {
    return rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
