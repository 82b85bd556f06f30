package vn.dxmonitor.bench.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.HttpConnection;
import vn.dxmonitor.bench.infra.Latency;

/**
 * Drives the ingest API over loopback the way many source systems would: a number of kept-alive
 * connections, each sending its next batch as soon as the previous one is answered (a closed loop,
 * so the rate measured is what the service sustains). Requests are prepared before the phase
 * starts; during it a connection only stamps new event ids, sends, reads and checks the answer.
 */
final class LoadGenerator {

  private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int FAILURE_SAMPLES = 5;

  /** Prepared requests per connection, each with other units, times and numerators. */
  private static final int VARIANTS = 13;

  private final InetSocketAddress address;
  private final String host;
  private final String apiKey;
  private final String runId;
  private final CpuMeter cpu;
  private final PrintStream progress;

  LoadGenerator(URI base, String apiKey, String runId, CpuMeter cpu, PrintStream progress) {
    this.address = new InetSocketAddress(base.getHost(), base.getPort());
    this.host = base.getHost() + ":" + base.getPort();
    this.apiKey = apiKey;
    this.runId = runId;
    this.cpu = cpu;
    this.progress = progress;
  }

  PhaseResult run(Phase phase) throws InterruptedException {
    Instant now = Instant.now();
    LongAdder acceptedEvents = new LongAdder();
    LongAdder failedRequests = new LongAdder();
    CountDownLatch connected = new CountDownLatch(phase.connections());
    CountDownLatch go = new CountDownLatch(1);
    Window window = new Window();
    List<Worker> workers = new ArrayList<>();
    for (int c = 0; c < phase.connections(); c++) {
      List<EventRequest> requests = new ArrayList<>();
      String prefix = String.format(Locale.ROOT, "bench-%s-%s-%03d", runId, phase.code(), c);
      for (int v = 0; v < VARIANTS; v++) {
        requests.add(
            EventRequest.build(host, apiKey, prefix, phase.batch(), c * VARIANTS + v, now));
      }
      workers.add(new Worker(requests, window, connected, go, acceptedEvents, failedRequests));
    }
    double bodyBytesPerEvent =
        workers.get(0).requests.stream().mapToInt(EventRequest::bodyLength).average().orElse(0)
            / phase.batch();

    ExecutorService threads =
        Executors.newFixedThreadPool(
            phase.connections(),
            task -> {
              Thread thread = new Thread(task, "load-" + phase.code());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<WorkerResult>> results = new ArrayList<>();
      for (Worker worker : workers) {
        results.add(threads.submit(worker));
      }
      connected.await();
      go.countDown();
      Watched watched = watch(phase, window, acceptedEvents, failedRequests);
      return merge(phase, watched, results, bodyBytesPerEvent);
    } finally {
      threads.shutdownNow();
    }
  }

  /** What the watch saw: the warm-up, and the CPU used while measuring. */
  private record Watched(double warmupSeconds, boolean steady, CpuMeter.Usage cpu) {}

  /**
   * Prints progress every few seconds, starts the measurement when the warm-up is done and returns
   * when the measurement is over.
   */
  private Watched watch(
      Phase phase, Window window, LongAdder acceptedEvents, LongAdder failedRequests)
      throws InterruptedException {
    long start = System.nanoTime();
    long nextReport = start + PROGRESS_EVERY_NANOS;
    long lastReport = start;
    long lastEvents = 0;
    List<Double> warmupRates = new ArrayList<>();
    CpuMeter.Snapshot measuring = null;
    double warmupSeconds = 0;
    boolean steady = false;
    while (true) {
      long now = System.nanoTime();
      if (measuring != null && now >= window.stopAt) {
        return new Watched(warmupSeconds, steady, CpuMeter.between(measuring, cpu.snapshot()));
      }
      boolean report = now >= nextReport;
      double rate = 0;
      if (report) {
        long events = acceptedEvents.sum();
        rate = (events - lastEvents) / ((now - lastReport) / 1e9);
        lastEvents = events;
        if (measuring == null) {
          warmupRates.add(rate);
        }
      }
      if (measuring == null && (report || warmupRates.isEmpty())) {
        Duration elapsed = Duration.ofNanos(now - start);
        if (phase.warmup().isDone(warmupRates, elapsed)) {
          steady = elapsed.compareTo(phase.warmup().max()) < 0;
          warmupSeconds = elapsed.toNanos() / 1e9;
          // stopAt first: a worker that sees measureFrom also sees stopAt
          window.stopAt = now + phase.duration().toNanos();
          window.measureFrom = now;
          measuring = cpu.snapshot();
        }
      }
      if (report) {
        boolean warming = lastReport < window.measureFrom; // of the interval just ended
        long elapsed =
            TimeUnit.NANOSECONDS.toSeconds(
                Math.max(0, now - (warming ? start : window.measureFrom)));
        progress.printf(
            Locale.ROOT,
            "  %-22s %-8s %3d%s s  %,9.0f events/s  %,8.0f requests/s  failures %,d%n",
            phase.name(),
            warming ? "warm-up" : "measured",
            elapsed,
            warming ? "" : "/" + phase.duration().toSeconds(),
            rate,
            rate / phase.batch(),
            failedRequests.sum());
        lastReport = now;
        nextReport += PROGRESS_EVERY_NANOS;
      }
      long wakeAt = measuring == null ? nextReport : Math.min(nextReport, window.stopAt);
      TimeUnit.NANOSECONDS.sleep(Math.max(0, wakeAt - System.nanoTime()));
    }
  }

  private static PhaseResult merge(
      Phase phase, Watched watched, List<Future<WorkerResult>> results, double bodyBytesPerEvent)
      throws InterruptedException {
    Histogram latencies = Latency.newHistogram();
    long requests = 0;
    long events = 0;
    long sent = 0;
    long failures = 0;
    List<String> samples = new ArrayList<>();
    for (Future<WorkerResult> future : results) {
      WorkerResult result;
      try {
        result = future.get();
      } catch (ExecutionException e) {
        throw new BenchmarkFailedException("a load connection failed: " + e.getCause(), e);
      }
      latencies.add(result.latencies());
      requests += result.requests();
      events += result.events();
      sent += result.sent();
      failures += result.failures();
      for (String sample : result.failureSamples()) {
        if (samples.size() < FAILURE_SAMPLES) {
          samples.add(sample);
        }
      }
    }
    return new PhaseResult(
        phase,
        watched.warmupSeconds(),
        watched.steady(),
        phase.duration().toNanos() / 1e9,
        requests,
        events,
        bodyBytesPerEvent,
        Latency.of(latencies),
        sent,
        failures,
        samples,
        watched.cpu());
  }

  /**
   * When measurement starts and the phase stops, in {@link System#nanoTime()}: unknown (never)
   * until the warm-up is done.
   */
  private static final class Window {
    volatile long measureFrom = Long.MAX_VALUE;
    volatile long stopAt = Long.MAX_VALUE;
  }

  private record WorkerResult(
      Histogram latencies,
      long requests,
      long events,
      long sent,
      long failures,
      List<String> failureSamples) {}

  /** One connection's closed loop. */
  private final class Worker implements Callable<WorkerResult> {

    private final List<EventRequest> requests;
    private final Window window;
    private final CountDownLatch connected;
    private final CountDownLatch go;
    private final LongAdder acceptedEvents;
    private final LongAdder failedRequests;

    Worker(
        List<EventRequest> requests,
        Window window,
        CountDownLatch connected,
        CountDownLatch go,
        LongAdder acceptedEvents,
        LongAdder failedRequests) {
      this.requests = requests;
      this.window = window;
      this.connected = connected;
      this.go = go;
      this.acceptedEvents = acceptedEvents;
      this.failedRequests = failedRequests;
    }

    @Override
    public WorkerResult call() throws InterruptedException {
      Histogram latencies = Latency.newHistogram();
      List<String> failureSamples = new ArrayList<>();
      long requestsMeasured = 0;
      long eventsMeasured = 0;
      long sent = 0;
      long failures = 0;
      HttpConnection connection = null;
      try {
        connection = new HttpConnection(address);
      } catch (IOException e) {
        failures++;
        failedRequests.increment();
        failureSamples.add("cannot connect: " + e);
      } finally {
        connected.countDown();
      }
      go.await();
      long sequence = 0;
      try {
        while (true) {
          long started = System.nanoTime();
          if (started >= window.stopAt) {
            break;
          }
          EventRequest request = requests.get((int) (sequence % requests.size()));
          byte[] bytes = request.withSequence(sequence++);
          sent++;
          String problem;
          try {
            if (connection == null || !connection.isOpen()) {
              if (connection != null) {
                connection.close();
              }
              connection = new HttpConnection(address);
            }
            HttpConnection.Response response = connection.exchange(bytes);
            problem =
                Acceptance.problemWith(response.status(), response.body(), request.events())
                    .orElse(null);
          } catch (IOException | RuntimeException e) {
            problem = "I/O: " + e;
            if (connection != null) {
              connection.close();
            }
            connection = null;
          }
          long finished = System.nanoTime();
          if (problem != null) {
            failures++;
            failedRequests.increment();
            if (failureSamples.size() < FAILURE_SAMPLES) {
              failureSamples.add(problem);
            }
            if (connection == null) {
              Thread.sleep(50); // the server is gone or refusing: do not spin
            }
            continue;
          }
          acceptedEvents.add(request.events());
          long measureFrom = window.measureFrom;
          if (finished >= measureFrom && finished < window.stopAt) {
            requestsMeasured++;
            eventsMeasured += request.events();
            latencies.recordValue(
                Math.min(Latency.MAX_MICROS, TimeUnit.NANOSECONDS.toMicros(finished - started)));
          }
        }
      } finally {
        if (connection != null) {
          connection.close();
        }
      }
      return new WorkerResult(
          latencies, requestsMeasured, eventsMeasured, sent, failures, failureSamples);
    }
  }
}
