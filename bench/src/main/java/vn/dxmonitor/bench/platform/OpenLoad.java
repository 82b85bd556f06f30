package vn.dxmonitor.bench.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.dxmonitor.bench.infra.Latency;
import vn.dxmonitor.bench.ingest.Acceptance;
import vn.dxmonitor.bench.processor.StatusProbe;

/**
 * An open-loop load on the ingest API: requests leave on a fixed schedule whatever the answers do,
 * as the country's source systems would, so a platform that falls behind shows it as latency and
 * backlog instead of quietly being sent less (a closed loop, as in the ingest benchmark, measures a
 * ceiling, not a rate held). A request's latency counts from when it was due, not when it left.
 *
 * <p>Each request carries {@code batch} events, each for a random commune of the country and a
 * random indicator of the catalog, with the figure its kind needs, {@code occurredAt} in the last
 * three days. The probes' indicator is left alone in the probes' province, so that its denominator
 * there moves only with the probes.
 */
final class OpenLoad {

  /** Requests in flight beyond which a due request is not sent but counted as missed. */
  private static final int MAX_IN_FLIGHT = 64;

  private static final long SPREAD_SECONDS = Duration.ofDays(3).toSeconds();
  private static final int FAILURE_SAMPLES = 3;

  private final URI events;
  private final String apiKey;
  private final List<String> communes;
  private final Set<String> probeProvinceCommunes;
  private final List<CatalogIndicators.Indicator> indicators;
  private final int batch;
  private final String runId;

  /**
   * @param probeProvinceCommunes the communes of the probes' province
   */
  OpenLoad(
      URI base,
      String apiKey,
      List<String> communes,
      Set<String> probeProvinceCommunes,
      List<CatalogIndicators.Indicator> indicators,
      int batch,
      String runId) {
    this.events = base.resolve("/api/v1/events");
    this.apiKey = apiKey;
    this.communes = List.copyOf(communes);
    this.probeProvinceCommunes = Set.copyOf(probeProvinceCommunes);
    this.indicators = List.copyOf(indicators);
    this.batch = batch;
    this.runId = runId;
  }

  /** What one run at a rate did. */
  record Result(
      double seconds,
      long sentRequests,
      long acceptedEvents,
      long failedRequests,
      long missedRequests,
      Latency requestLatency,
      List<String> failureSamples) {

    double acceptedPerSecond() {
      return seconds <= 0 ? 0 : acceptedEvents / seconds;
    }
  }

  /** The load at {@code eventsPerSecond} until {@link Running#stop()}. */
  Running start(double eventsPerSecond, String code) {
    Running running = new Running(eventsPerSecond, code);
    running.scheduler.start();
    return running;
  }

  final class Running {

    private final double eventsPerSecond;
    private final String code;
    private final Thread scheduler;
    private final ExecutorService answers = Executors.newFixedThreadPool(4, daemon("answers"));
    private final HttpClient http;
    private final Recorder latencies = new Recorder(Latency.MAX_MICROS, 3);
    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder missed = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());
    private final Random random = new Random();
    private volatile boolean stopping;
    private long started;

    private Running(double eventsPerSecond, String code) {
      this.eventsPerSecond = eventsPerSecond;
      this.code = code;
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .executor(answers)
              .build();
      this.scheduler = new Thread(this::schedule, "open-load-" + code);
      scheduler.setDaemon(true);
    }

    /** Events accepted so far. */
    long acceptedEvents() {
      return accepted.sum();
    }

    private void schedule() {
      started = System.nanoTime();
      double nanosPerRequest = batch * 1e9 / eventsPerSecond;
      for (long k = 0; !stopping; k++) {
        long due = started + (long) (k * nanosPerRequest);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          try {
            TimeUnit.NANOSECONDS.sleep(wait);
          } catch (InterruptedException e) {
            return;
          }
        }
        if (stopping) {
          return;
        }
        if (inFlight.get() >= MAX_IN_FLIGHT) {
          missed.increment();
          continue;
        }
        send(k, due);
      }
    }

    private void send(long sequence, long due) {
      HttpRequest request =
          HttpRequest.newBuilder(events)
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + apiKey)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body(sequence)))
              .build();
      inFlight.incrementAndGet();
      sent.increment();
      http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (response, failure) -> {
                inFlight.decrementAndGet();
                latencies.recordValue(
                    Math.min(
                        Latency.MAX_MICROS,
                        TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due)));
                String problem =
                    failure != null
                        ? "I/O: " + failure
                        : Acceptance.problemWith(response.statusCode(), response.body(), batch)
                            .orElse(null);
                if (problem == null) {
                  accepted.add(batch);
                } else {
                  failed.increment();
                  if (samples.size() < FAILURE_SAMPLES) {
                    samples.add(problem);
                  }
                }
              });
    }

    private String body(long sequence) {
      StringBuilder body = new StringBuilder(batch * 190).append('[');
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      for (int i = 0; i < batch; i++) {
        String unit = communes.get(random.nextInt(communes.size()));
        CatalogIndicators.Indicator indicator = indicators.get(random.nextInt(indicators.size()));
        while (indicator.id().equals(StatusProbe.PROBE_INDICATOR)
            && probeProvinceCommunes.contains(unit)) {
          indicator = indicators.get(random.nextInt(indicators.size()));
        }
        if (i > 0) {
          body.append(',');
        }
        body.append(
            String.format(
                Locale.ROOT,
                "{\"eventId\":\"load-%s-%s-%d-%d\",\"unit\":\"%s\",\"indicator\":\"%s\","
                    + "\"occurredAt\":\"%s\",%s}",
                runId,
                code,
                sequence,
                i,
                unit,
                indicator.id(),
                now.minusSeconds(60 + random.nextLong(SPREAD_SECONDS)),
                figures(indicator)));
      }
      return body.append(']').toString();
    }

    private String figures(CatalogIndicators.Indicator indicator) {
      return switch (indicator.kind()) {
        case "ratio-of-counts" -> "\"numerator\":" + random.nextInt(2) + ",\"denominator\":1";
        case "counter" -> "\"count\":1";
        case "coverage" -> "\"compliant\":" + random.nextBoolean();
        default ->
            "\"value\":"
                + (indicator.unitOfMeasure().startsWith("percent")
                    ? random.nextInt(101)
                    : 1 + random.nextInt(63));
      };
    }

    /** Stops sending, waits a little for the answers still due, and tells what happened. */
    Result stop() throws InterruptedException {
      stopping = true;
      scheduler.interrupt();
      scheduler.join(5_000);
      double seconds = (System.nanoTime() - started) / 1e9;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      answers.shutdownNow();
      Histogram histogram = latencies.getIntervalHistogram();
      return new Result(
          seconds,
          sent.sum(),
          accepted.sum(),
          failed.sum() + inFlight.get(),
          missed.sum(),
          Latency.of(histogram),
          List.copyOf(samples));
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
