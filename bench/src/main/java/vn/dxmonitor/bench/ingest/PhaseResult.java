package vn.dxmonitor.bench.ingest;

import java.util.List;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.Latency;

/**
 * What one load phase measured. Counts and latencies cover the requests that completed inside the
 * measurement window; failures count the whole phase, warm-up included, since any failure makes the
 * run untrustworthy.
 *
 * @param phase the phase
 * @param warmupSeconds how long the warm-up took
 * @param steady whether the rate had settled when measurement began, rather than the warm-up
 *     running out of time
 * @param seconds length of the measurement window
 * @param requests requests completed and fully accepted in the window
 * @param events events in them
 * @param bodyBytesPerEvent request body bytes per event, on average
 * @param latency per-request latency, from the first byte sent to the last byte of the answer
 * @param sentRequests every request sent in the phase, warm-up included
 * @param failures requests of the phase not fully accepted, or lost to an I/O error
 * @param failureSamples the first few failures, described
 * @param cpu cores busy during the window
 */
record PhaseResult(
    Phase phase,
    double warmupSeconds,
    boolean steady,
    double seconds,
    long requests,
    long events,
    double bodyBytesPerEvent,
    Latency latency,
    long sentRequests,
    long failures,
    List<String> failureSamples,
    CpuMeter.Usage cpu) {

  PhaseResult {
    failureSamples = List.copyOf(failureSamples);
  }

  double eventsPerSecond() {
    return seconds <= 0 ? 0 : events / seconds;
  }

  double requestsPerSecond() {
    return seconds <= 0 ? 0 : requests / seconds;
  }

  /** MB (2^20 bytes) of request bodies per second. */
  double bodyMegabytesPerSecond() {
    return eventsPerSecond() * bodyBytesPerEvent / (1024 * 1024);
  }
}
