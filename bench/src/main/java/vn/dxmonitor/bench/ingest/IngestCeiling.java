package vn.dxmonitor.bench.ingest;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import vn.dxmonitor.bench.infra.CpuMeter;

/**
 * The most a running ingest API accepts: the ingest benchmark's own closed loop ({@link
 * LoadGenerator}, batches of 100 on many connections, measured once the rate is steady), pointed at
 * whatever serves {@code /api/v1/events} — for the platform benchmark, the platform itself with
 * everything else running beside it.
 */
public final class IngestCeiling {

  private static final int BATCH = 100;
  private static final int CONNECTIONS = 16;
  private static final double STEADY = 0.05;

  private IngestCeiling() {}

  /** Events accepted per second and the requests' p99, once the warm-up is over. */
  public record Result(double eventsPerSecond, double p99Ms, long failures) {}

  /**
   * @param warmup the shortest warm-up; it lasts at most three times as long
   * @param duration the measured window
   */
  public static Result measure(
      URI base,
      String apiKey,
      String runId,
      Duration warmup,
      Duration duration,
      CpuMeter cpu,
      PrintStream progress)
      throws InterruptedException {
    LoadGenerator load = new LoadGenerator(base, apiKey, runId, cpu, progress);
    PhaseResult result =
        load.run(
            new Phase(
                "ingest, closed loop",
                "c",
                BATCH,
                CONNECTIONS,
                new Warmup(warmup, warmup.multipliedBy(3), STEADY),
                duration));
    return new Result(result.eventsPerSecond(), result.latency().p99Ms(), result.failures());
  }
}
