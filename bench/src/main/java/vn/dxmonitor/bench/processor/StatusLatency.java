package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.HttpConnection;
import vn.dxmonitor.bench.infra.Latency;
import vn.dxmonitor.bench.ingest.EventRequest;

/**
 * How long an event takes from the ingest API's {@code 202} until {@code /api/v1/status} shows it,
 * while a steady background load runs at a given rate. A probe is one event on an indicator the
 * background leaves alone ({@code tthc-dossiers-online}) for a commune of Gia Lai; it is visible
 * once the province's denominator has grown by one, so the latency covers the whole path: both
 * processor stages, the values topic, the indexer and the read API.
 */
final class StatusLatency {

  static final String PROBE_UNIT = "21592";
  static final String PROBE_PROVINCE = "52";
  static final String PROBE_INDICATOR = "tthc-dossiers-online";
  private static final int LOAD_CONNECTIONS = 4;
  private static final int BATCH = 100;
  private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(20);
  private static final Pattern DENOMINATOR =
      Pattern.compile("\"indicator\":\"" + PROBE_INDICATOR + "\"[^}]*?\"denominator\":(\\d+|null)");

  /** The probes' latencies, and the background rate that was reached. */
  record Result(Latency latency, double backgroundEventsPerSecond, int probes) {}

  private final URI ingest;
  private final String apiKey;
  private final URI dashboard;
  private final PrintStream out;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  StatusLatency(URI ingest, String apiKey, URI dashboard, PrintStream out) {
    this.ingest = ingest;
    this.apiKey = apiKey;
    this.dashboard = dashboard;
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
        long accepted = probe(probes);
        seen = awaitVisible(seen + 1);
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

  /** Sends one probe event; the instant (nanoTime) its 202 came back. */
  private long probe(int sequence) throws IOException, InterruptedException {
    String event =
        String.format(
            Locale.ROOT,
            "{\"eventId\":\"probe-%d-%d\",\"unit\":\"%s\",\"indicator\":\"%s\",\"occurredAt\":\"%s\","
                + "\"numerator\":1,\"denominator\":1}",
            System.currentTimeMillis(),
            sequence,
            PROBE_UNIT,
            PROBE_INDICATOR,
            Instant.now().minusSeconds(1));
    HttpRequest request =
        HttpRequest.newBuilder(ingest.resolve("/api/v1/events"))
            .header("Authorization", "Bearer " + apiKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(event))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new BenchmarkFailedException(
          "a probe event was refused: " + response.statusCode() + " " + response.body());
    }
    return System.nanoTime();
  }

  /**
   * Reads the status every {@link #POLL} until the denominator reached {@code wanted}. A connection
   * the dashboard dropped is tried again: the probe is still on its way, and the clock runs on.
   */
  private long awaitVisible(long wanted) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + VISIBLE_TIMEOUT.toNanos();
    IOException lastFailure = null;
    while (System.nanoTime() < deadline) {
      try {
        long now = denominator();
        if (now >= wanted) {
          return now;
        }
      } catch (IOException e) {
        lastFailure = e;
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new BenchmarkFailedException(
        "a probe event was not visible in /api/v1/status within "
            + VISIBLE_TIMEOUT
            + (lastFailure == null ? "" : "; last failure: " + lastFailure));
  }

  /** The province's denominator on the probe indicator, as the status API shows it now. */
  long denominator() throws IOException, InterruptedException {
    HttpRequest request =
        // The source key covers the province, and the status API lets a source read its own units.
        HttpRequest.newBuilder(dashboard.resolve("/api/v1/status?unit=" + PROBE_PROVINCE))
            .header("Authorization", "Bearer " + apiKey)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new BenchmarkFailedException(
          "/api/v1/status answered " + response.statusCode() + " " + response.body());
    }
    Matcher matcher = DENOMINATOR.matcher(response.body());
    if (!matcher.find()) {
      throw new BenchmarkFailedException(
          "/api/v1/status?unit=" + PROBE_PROVINCE + " has no target on " + PROBE_INDICATOR);
    }
    return matcher.group(1).equals("null") ? 0 : Long.parseLong(matcher.group(1));
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
