package vn.dxmonitor.bench.ingest;

import java.time.Duration;

/**
 * One load phase against the ingest API.
 *
 * @param name how the report calls it
 * @param code a short tag that goes into the event ids, unique per phase of a run
 * @param batch events per request
 * @param connections concurrent connections, each with one request in flight
 * @param warmup how long to load before measuring, so the JIT and the producer's batches settle
 * @param duration how long the measurement lasts
 */
record Phase(
    String name, String code, int batch, int connections, Warmup warmup, Duration duration) {}
