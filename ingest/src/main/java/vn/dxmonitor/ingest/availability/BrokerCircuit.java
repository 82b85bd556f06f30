package vn.dxmonitor.ingest.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.recovery.Recovery;

/**
 * Whether the broker can be reached, so that while it cannot, every request is refused at once
 * ({@code 503} with {@code Retry-After}) instead of holding a server thread for the send timeout. A
 * prober asks the cluster for its nodes every {@code interval}: {@code failures} unanswered probes
 * in a row, or one request whose events the broker did not commit, open the circuit; the first
 * answered probe closes it. Refusing early stores nothing, so nothing answered {@code 202} is lost
 * either way.
 */
public final class BrokerCircuit implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BrokerCircuit.class);

  /** The circuit's states and the moves between them. */
  public enum State {
    /** Requests go to the broker. */
    AVAILABLE,
    /** The broker is away: requests are refused at once while the prober waits for it. */
    AWAY;

    private static final Map<State, Set<State>> LEGAL = new HashMap<>();

    static {
      LEGAL.put(AVAILABLE, EnumSet.of(AWAY));
      LEGAL.put(AWAY, EnumSet.of(AVAILABLE));
    }

    State moveTo(State next) {
      if (!LEGAL.get(this).contains(next)) {
        throw new IllegalStateException(
            "the broker circuit cannot move from " + this + " to " + next);
      }
      return next;
    }
  }

  private final Admin admin;
  private final BrokerProbeProperties probe;
  private final Clock clock;
  private final Consumer<Recovery> journal;
  private final ScheduledExecutorService prober;
  private volatile State state = State.AVAILABLE;
  private volatile Instant since;
  private volatile String reason = "";
  private int failedProbes;

  /**
   * @param journal told each time the broker is reached again, for the operator console
   */
  public BrokerCircuit(
      Map<String, Object> adminConfig,
      BrokerProbeProperties probe,
      Clock clock,
      Consumer<Recovery> journal) {
    Map<String, Object> config = new HashMap<>(adminConfig);
    int timeout = (int) probe.timeout().toMillis();
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
    config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "dx-ingest-broker-probe");
    this.admin = Admin.create(config);
    this.probe = probe;
    this.clock = clock;
    this.journal = journal;
    this.since = clock.instant();
    this.prober =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "dx-ingest-broker-probe");
              thread.setDaemon(true);
              return thread;
            });
  }

  public void start() {
    prober.scheduleWithFixedDelay(
        this::probe, 0, probe.interval().toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean available() {
    return state == State.AVAILABLE;
  }

  public State state() {
    return state;
  }

  /** When the circuit entered its present state. */
  public Instant since() {
    return since;
  }

  /** Why the broker is taken to be away; empty while it is available. */
  public String reason() {
    return reason;
  }

  /** A request's events were not committed in time: the broker is taken to be away at once. */
  public synchronized void publishFailed(String why) {
    open("a request's events were not committed: " + why);
  }

  void probe() {
    try {
      admin
          .describeCluster(new DescribeClusterOptions().timeoutMs((int) probe.timeout().toMillis()))
          .nodes()
          .get(probe.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
      answered();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      unanswered(e.getCause() == null ? e.toString() : e.getCause().toString());
    }
  }

  private synchronized void answered() {
    failedProbes = 0;
    if (state == State.AWAY) {
      Duration away = Duration.between(since, clock.instant());
      String why = reason;
      move(State.AVAILABLE);
      reason = "";
      log.info("The Kafka broker answers again after {}; ingest accepts events", away);
      journal.accept(
          new Recovery(
              "ingest",
              Recovery.BROKER_RETURNED,
              since,
              "away for " + away.toSeconds() + " s, events refused with 503: " + why));
    }
  }

  private synchronized void unanswered(String why) {
    failedProbes++;
    if (failedProbes >= probe.failures()) {
      open(failedProbes + " probes unanswered: " + why);
    }
  }

  private void open(String why) {
    if (state == State.AWAY) {
      return;
    }
    move(State.AWAY);
    reason = why;
    log.warn("The Kafka broker is away ({}); ingest answers 503 until it is back", why);
  }

  private void move(State next) {
    state = state.moveTo(next);
    since = clock.instant();
  }

  @Override
  public void close() {
    prober.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
