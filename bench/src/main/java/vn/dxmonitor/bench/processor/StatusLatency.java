package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.HttpConnection;
import vn.dxmonitor.bench.infra.Latency;
import vn.dxmonitor.bench.ingest.EventRequest;

/**
 * How long an event takes from the ingest API's {@code 202} until {@code /api/v1/status} shows it,
 * while a steady background load runs at a given rate: {@link StatusProbe}s one after another, the
 * background on {@code work-records-online}, which the probes' indicator never shares.
 */
final class StatusLatency {

  private static final int LOAD_CONNECTIONS = 4;
  private static final int BATCH = 100;
  private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(30);

  /** The probes' latencies, and the background rate that was reached. */
  record Result(Latency latency, double backgroundEventsPerSecond, int probes) {}

  private final URI ingest;
  private final String apiKey;
  private final StatusProbe probe;
  private final PrintStream out;

  StatusLatency(URI ingest, String apiKey, URI dashboard, PrintStream out) {
    this.ingest = ingest;
    this.apiKey = apiKey;
    this.probe = new StatusProbe(ingest, apiKey, dashboard);
    this.out = out;
  }

  Result run(double backgroundRate, Duration duration) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    LongAdder backgroundEvents = new LongAdder();
    List<Thread> load = new ArrayList<>();
    for (int c = 0; c < LOAD_CONNECTIONS; c++) {
      int connection = c;
      Thread thread =
          new Thread(
              () ->
                  background(
                      connection, backgroundRate / LOAD_CONNECTIONS, running, backgroundEvents),
              "background-" + c);
      thread.setDaemon(true);
      thread.start();
      load.add(thread);
    }
    Histogram micros = Latency.newHistogram();
    long started = System.nanoTime();
    long end = started + duration.toNanos();
    long nextReport = started + TimeUnit.SECONDS.toNanos(5);
    long seen = denominator();
    int probes = 0;
    try {
      while (System.nanoTime() < end) {
        long accepted = probe.send(probes);
        seen =
            probe
                .awaitVisible(seen + 1, VISIBLE_TIMEOUT)
                .orElseThrow(
                    () ->
                        new BenchmarkFailedException(
                            "a probe event was not visible in /api/v1/status within "
                                + VISIBLE_TIMEOUT));
        micros.recordValue(
            Math.min(
                Latency.MAX_MICROS, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - accepted)));
        probes++;
        if (System.nanoTime() >= nextReport) {
          out.printf(
              Locale.ROOT,
              "  %-22s %4.0f s  %,9.0f background events/s  %d probes  p50 %.0f ms%n",
              "202 → status",
              (System.nanoTime() - started) / 1e9,
              backgroundEvents.sum() / ((System.nanoTime() - started) / 1e9),
              probes,
              micros.getValueAtPercentile(50) / 1000.0);
          nextReport += TimeUnit.SECONDS.toNanos(5);
        }
        Thread.sleep(50);
      }
    } finally {
      running.set(false);
      for (Thread thread : load) {
        thread.join(10_000);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(Latency.of(micros), backgroundEvents.sum() / seconds, probes);
  }

  /** The province's denominator on the probe indicator, as the status API shows it now. */
  long denominator() throws IOException, InterruptedException {
    return probe.denominator();
  }

  /** One connection's paced batches of work-records-online events. */
  private void background(int connection, double rate, AtomicBoolean running, LongAdder events) {
    InetSocketAddress address = new InetSocketAddress(ingest.getHost(), ingest.getPort());
    EventRequest request =
        EventRequest.build(
            ingest.getHost() + ":" + ingest.getPort(),
            apiKey,
            String.format(Locale.ROOT, "latency-%d-%03d", System.currentTimeMillis(), connection),
            BATCH,
            connection,
            Instant.now());
    long started = System.nanoTime();
    long sent = 0;
    HttpConnection http = null;
    try {
      while (running.get()) {
        long due = started + (long) (sent * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        if (http == null || !http.isOpen()) {
          http = new HttpConnection(address);
        }
        HttpConnection.Response response = http.exchange(request.withSequence(sent / BATCH));
        if (response.status() == 202) {
          events.add(BATCH);
        }
        sent += BATCH;
      }
    } catch (IOException | InterruptedException e) {
      running.set(false);
    } finally {
      if (http != null) {
        http.close();
      }
    }
  }
}
