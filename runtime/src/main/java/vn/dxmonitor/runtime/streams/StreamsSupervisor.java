package vn.dxmonitor.runtime.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.recovery.Recovery;

/**
 * Keeps one Kafka Streams client alive without a person: the one place that decides what happens
 * when it fails, and what its health says meanwhile.
 *
 * <ul>
 *   <li>A stream thread that dies is replaced ({@code REPLACE_THREAD}): a broker outage surfaces as
 *       timeouts and fenced producers, which a fresh thread with a fresh producer recovers from,
 *       exactly once, since the failed transaction is aborted. More than {@code
 *       maxThreadReplacements} failures within {@code replacementWindow} mean the thread cannot
 *       recover; the client is then shut down ({@code SHUTDOWN_CLIENT}) rather than spin.
 *   <li>A client that reached {@code ERROR} — by that, or by a fatal error of its own — is closed
 *       and started again (the {@code restart} action), first after {@code initialBackoff}, then
 *       after doubling waits up to {@code maxBackoff}, until it runs.
 * </ul>
 *
 * <p>Each recovery is logged once, counted in {@code dx_streams_recoveries_total{client, action}}
 * and told to the journal the operator console reads. The client's state and since when it holds it
 * are what readiness and liveness report ({@link StreamsHealth}).
 *
 * <p>A replaced thread that fails again — a full state disk, a dependency that stays broken —
 * leaves the client running or rebalancing between failures while nothing is processed. So two or
 * more thread failures within {@code replacementWindow} make the client unsettled: not ready until
 * it has run for {@code settle} without another failure, and a failure meanwhile starts that period
 * again. One failure alone, as a broker blip causes, leaves readiness alone.
 *
 * <p>A client that has not yet run since it (re)started is not ready either: a process started in
 * place of one killed outright waits in its first rebalance until the broker gives up on the dead
 * member ({@code session.timeout.ms}, 45 s by default), and processes nothing meanwhile.
 */
public final class StreamsSupervisor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamsSupervisor.class);

  private final String client;
  private final StreamsRecoveryProperties policy;
  private final Clock clock;
  private final Counter threadsReplaced;
  private final Counter clientsRestarted;
  private final Consumer<Recovery> journal;
  private final Deque<Instant> recentFailures = new ArrayDeque<>();
  private final Deque<Instant> failuresForReadiness = new ArrayDeque<>();
  private final ScheduledExecutorService restarter;
  private volatile Runnable restart = () -> {};
  private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
  private volatile Instant since;
  private volatile String lastError;
  private Instant runningSince;
  private boolean hasRun;
  private Instant unsettledSince;
  private Duration nextBackoff;
  private boolean restartScheduled;

  /**
   * @param client the service whose client this is, as metrics, logs and the journal name it
   * @param journal told of each recovery, for the operator console
   */
  public StreamsSupervisor(
      String client,
      StreamsRecoveryProperties policy,
      Clock clock,
      MeterRegistry meters,
      Consumer<Recovery> journal) {
    this.client = client;
    this.journal = journal;
    this.policy = policy;
    this.clock = clock;
    this.since = clock.instant();
    this.nextBackoff = policy.initialBackoff();
    this.threadsReplaced = counter(meters, "thread-replaced");
    this.clientsRestarted = counter(meters, "client-restarted");
    this.restarter =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "dx-streams-restart-" + client);
              thread.setDaemon(true);
              return thread;
            });
  }

  private Counter counter(MeterRegistry meters, String action) {
    return Counter.builder("dx.streams.recoveries")
        .description(
            "Recoveries of a Kafka Streams client: a stream thread replaced, or the client restarted")
        .tag("client", client)
        .tag("action", action)
        .register(meters);
  }

  /** How the client is brought back from {@code ERROR}: close it and start a new one. */
  public void restartWith(Runnable action) {
    this.restart = action;
  }

  /** The client's uncaught exception handler. */
  public synchronized StreamThreadExceptionResponse onThreadFailure(Throwable failure) {
    Instant now = clock.instant();
    lastError = describe(failure);
    unsettle(now);
    recentFailures.addLast(now);
    while (!recentFailures.isEmpty()
        && recentFailures.peekFirst().isBefore(now.minus(policy.replacementWindow()))) {
      recentFailures.removeFirst();
    }
    if (recentFailures.size() > policy.maxThreadReplacements()) {
      log.error(
          "Kafka Streams client {}: {} thread failures within {}; shutting the client down to"
              + " restart it. Last: {}",
          client,
          recentFailures.size(),
          policy.replacementWindow(),
          lastError,
          failure);
      recentFailures.clear();
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    log.warn(
        "Kafka Streams client {}: a stream thread failed; replacing it: {}",
        client,
        lastError,
        failure);
    threadsReplaced.increment();
    journal.accept(new Recovery(client, Recovery.THREAD_REPLACED, now, lastError));
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  /**
   * Counts a thread failure towards readiness: the second within the window, or any while the
   * client has not yet settled, (re)starts the settle period.
   */
  private void unsettle(Instant now) {
    boolean wasSettled = settled(now);
    failuresForReadiness.addLast(now);
    while (failuresForReadiness.peekFirst().isBefore(now.minus(policy.replacementWindow()))) {
      failuresForReadiness.removeFirst();
    }
    if (failuresForReadiness.size() >= 2 || !wasSettled) {
      if (wasSettled) {
        log.warn(
            "Kafka Streams client {}: {} thread failures within {}; not ready until it has run {}"
                + " without another",
            client,
            failuresForReadiness.size(),
            policy.replacementWindow(),
            policy.settle());
      }
      unsettledSince = now;
    }
  }

  /**
   * Whether the client is settled: no repeated thread failures, or it has run (or rebalanced) for
   * the settle period since the last of them. Once settled, earlier failures are forgotten: the
   * next one alone does not unsettle the client.
   */
  /**
   * Whether the client does its work: running, or rebalancing after having run since it last
   * started, and settled after repeated thread failures.
   */
  public synchronized boolean ready() {
    return (state == KafkaStreams.State.RUNNING
            || (state == KafkaStreams.State.REBALANCING && hasRun))
        && settled(clock.instant());
  }

  /** Whether it has reached {@code RUNNING} since it last started. */
  public synchronized boolean hasRun() {
    return hasRun;
  }

  public synchronized boolean settled() {
    return settled(clock.instant());
  }

  private boolean settled(Instant now) {
    if (unsettledSince == null) {
      return true;
    }
    Instant settlesAt = settlesAt();
    if (settlesAt == null || now.isBefore(settlesAt)) {
      return false;
    }
    log.info(
        "Kafka Streams client {} has run {} without a thread failure; ready again",
        client,
        policy.settle());
    unsettledSince = null;
    failuresForReadiness.clear();
    return true;
  }

  /**
   * When the client will be settled if it keeps running without failure; null when it is settled
   * already or is not running, so no settle period is under way.
   */
  public synchronized Instant settlesAt() {
    if (unsettledSince == null || runningSince == null) {
      return null;
    }
    Instant from = runningSince.isAfter(unsettledSince) ? runningSince : unsettledSince;
    return from.plus(policy.settle());
  }

  /** The client's state listener. */
  public synchronized void onStateChange(KafkaStreams.State now, KafkaStreams.State before) {
    state = now;
    since = clock.instant();
    if (!isRunning(now)) {
      runningSince = null;
      hasRun = false;
    } else if (runningSince == null) {
      runningSince = since;
    }
    if (now == KafkaStreams.State.RUNNING) {
      hasRun = true;
      if (nextBackoff.compareTo(policy.initialBackoff()) > 0) {
        log.info("Kafka Streams client {} is running again", client);
      }
      nextBackoff = policy.initialBackoff();
    }
    if (now == KafkaStreams.State.ERROR) {
      scheduleRestart();
    }
  }

  private void scheduleRestart() {
    if (restartScheduled) {
      return;
    }
    restartScheduled = true;
    Duration wait = nextBackoff;
    nextBackoff = min(nextBackoff.multipliedBy(2), policy.maxBackoff());
    log.error(
        "Kafka Streams client {} is in ERROR ({}); restarting it in {}",
        client,
        lastErrorOrNone(),
        wait);
    restarter.schedule(this::restartNow, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void restartNow() {
    synchronized (this) {
      restartScheduled = false;
    }
    try {
      restart.run();
      clientsRestarted.increment();
      journal.accept(
          new Recovery(client, Recovery.CLIENT_RESTARTED, clock.instant(), lastErrorOrNone()));
      log.info("Kafka Streams client {} restarted", client);
    } catch (RuntimeException e) {
      log.error("Kafka Streams client {} could not be restarted; trying again", client, e);
      synchronized (this) {
        scheduleRestart();
      }
    }
  }

  public KafkaStreams.State state() {
    return state;
  }

  /** Running or rebalancing: the states in which the client processes, or is about to. */
  public static boolean isRunning(KafkaStreams.State state) {
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  /** When the client entered its present state. */
  public Instant since() {
    return since;
  }

  public String client() {
    return client;
  }

  /** The last failure a stream thread reported, or null. */
  public String lastError() {
    return lastError;
  }

  public StreamsRecoveryProperties policy() {
    return policy;
  }

  private String lastErrorOrNone() {
    return lastError == null ? "no failure reported" : lastError;
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public void close() {
    restarter.shutdownNow();
  }
}
