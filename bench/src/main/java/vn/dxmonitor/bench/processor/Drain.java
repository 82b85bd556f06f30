package vn.dxmonitor.bench.processor;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.ServiceProcess;

/**
 * Watches a processor work through the backlog: from the moment its group first commits progress
 * (start-up and rebalancing left out) until both stages have read everything. Its rate is the
 * events of that span over its length; the lag it prints only ever falls. Beside it, the rate over
 * the backlog's second half: a JVM just started compiles its hot path while it reads the first, so
 * the second half is the rate a running service keeps.
 */
final class Drain {

  private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
  private static final Duration TIMEOUT = Duration.ofMinutes(20);

  /**
   * The drain's events per second, the rate over its second half, and the largest rise of the lag
   * between two looks.
   */
  record Result(
      long events,
      double seconds,
      double eventsPerSecond,
      double secondHalfPerSecond,
      long lagRise) {}

  private Drain() {}

  /**
   * @param repartition the application's topic between its stages, or null for one stage
   */
  static Result watch(
      GroupProgress progress,
      String application,
      String input,
      String repartition,
      long total,
      ServiceProcess processor,
      String label,
      PrintStream out)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    long startedAt = 0;
    long consumedAtStart = 0;
    long nextReport = 0;
    long lastConsumed = 0;
    long lastAt = 0;
    long lastLag = Long.MAX_VALUE;
    long lagRise = 0;
    long halfAt = 0;
    long consumedAtHalf = 0;
    while (System.nanoTime() < deadline) {
      processor.requireAlive();
      long now = System.nanoTime();
      long consumed = progress.consumed(application, input);
      if (startedAt == 0 && consumed > 0) {
        startedAt = now;
        consumedAtStart = consumed;
        lastAt = now;
        lastConsumed = consumed;
        nextReport = now + PROGRESS_EVERY_NANOS;
      }
      if (startedAt != 0) {
        long secondStage = repartition == null ? 0 : progress.lag(application, repartition);
        long lag = total - consumed + secondStage;
        lagRise = Math.max(lagRise, lastLag == Long.MAX_VALUE ? 0 : lag - lastLag);
        lastLag = lag;
        if (halfAt == 0 && consumed - consumedAtStart >= (total - consumedAtStart) / 2) {
          halfAt = now;
          consumedAtHalf = consumed;
        }
        if (consumed >= total && secondStage == 0) {
          double seconds = (now - startedAt) / 1e9;
          double rate = (total - consumedAtStart) / seconds;
          // A backlog read within one look has no second half to time: the whole rate stands.
          double secondHalf =
              now > halfAt ? (total - consumedAtHalf) / ((now - halfAt) / 1e9) : rate;
          return new Result(total - consumedAtStart, seconds, rate, secondHalf, lagRise);
        }
        if (now >= nextReport) {
          out.printf(
              Locale.ROOT,
              "  %-22s %4.0f s  %,10d of %,d read  %,9.0f events/s  lag %,d%n",
              label,
              (now - startedAt) / 1e9,
              consumed,
              total,
              (consumed - lastConsumed) / ((now - lastAt) / 1e9),
              lag);
          lastConsumed = consumed;
          lastAt = now;
          nextReport += PROGRESS_EVERY_NANOS;
        }
      }
      Thread.sleep(200);
    }
    throw new BenchmarkFailedException(
        "the processor (" + label + ") did not read the backlog within " + TIMEOUT);
  }
}
