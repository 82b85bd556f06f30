package vn.dxmonitor.dashboard.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dxmonitor.dashboard.settings.DashboardProperties;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The browsers connected to the live stream. Publishing only queues an event for each browser that
 * may see it (serialised once, however many receive it); sender threads write it out, so the Kafka
 * thread that publishes never waits on a browser, and a slow browser delays nobody but itself. A
 * browser more than {@code dx.dashboard.stream-buffer} events behind is disconnected, counted in
 * {@code dx_dashboard_stream_dropped_total{reason="slow"}}; its EventSource reconnects and reads
 * the page afresh. A periodic comment finds browsers that went away without closing, and ends the
 * streams of accounts disabled and keys revoked since they connected.
 */
@Component
public class LiveClients implements SmartLifecycle {

  /** The SSE event name the page listens for. */
  public static final String VALUE_EVENT = "indicator-value";

  private static final Duration RECONNECT = Duration.ofSeconds(3);
  private static final int SENDERS = 2;

  private static final Logger log = LoggerFactory.getLogger(LiveClients.class);

  private final Map<SseEmitter, LiveClient> clients = new ConcurrentHashMap<>();
  private final Duration timeout;
  private final Duration heartbeatPeriod;
  private final int buffer;
  private final Counter droppedSlow;
  private final Counter droppedSignedOut;
  private ScheduledExecutorService heartbeat;
  private ExecutorService senders;

  public LiveClients(DashboardProperties properties, MeterRegistry meters) {
    this.timeout = properties.streamTimeout();
    this.heartbeatPeriod = properties.heartbeat();
    this.buffer = properties.streamBuffer();
    Gauge.builder("dx.dashboard.stream.clients", clients, Map::size)
        .description("Browsers connected to the live stream")
        .register(meters);
    this.droppedSlow = dropped(meters, "slow");
    this.droppedSignedOut = dropped(meters, "signed-out");
  }

  private static Counter dropped(MeterRegistry meters, String reason) {
    return Counter.builder("dx.dashboard.stream.dropped")
        .description("Live stream browsers disconnected by the dashboard, by reason")
        .tag("reason", reason)
        .register(meters);
  }

  @Override
  public synchronized void start() {
    if (heartbeat != null) {
      return;
    }
    heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("dx-dashboard-heartbeat"));
    senders = Executors.newFixedThreadPool(SENDERS, daemon("dx-dashboard-stream-sender"));
    long period = heartbeatPeriod.toMillis();
    heartbeat.scheduleAtFixedRate(this::keepAlive, period, period, TimeUnit.MILLISECONDS);
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Ends every stream before the web server shuts down gracefully (this bean's phase is later, so
   * it stops first): an open stream would otherwise hold that shutdown until it times out.
   */
  @Override
  public synchronized void stop() {
    if (heartbeat != null) {
      heartbeat.shutdownNow();
      heartbeat = null;
      senders.shutdownNow();
      senders = null;
    }
    for (SseEmitter emitter : clients.keySet()) {
      emitter.complete();
    }
    clients.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return heartbeat != null;
  }

  /** A new emitter for one browser that receives every unit's values for as long as it stays. */
  public SseEmitter connect() {
    return connect(unit -> true, () -> true);
  }

  /**
   * A new emitter for one browser, already registered.
   *
   * @param visible the units whose values the browser's viewer may receive
   * @param stillSignedIn whether the viewer still may receive anything, asked at each heartbeat
   */
  public SseEmitter connect(Predicate<String> visible, BooleanSupplier stillSignedIn) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    emitter.onCompletion(() -> clients.remove(emitter));
    emitter.onTimeout(
        () -> {
          clients.remove(emitter);
          emitter.complete();
        });
    emitter.onError(error -> clients.remove(emitter));
    try {
      // Sent at once, so the browser's EventSource opens now rather than at the first value, and
      // knows how soon to come back after the connection ends.
      emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("connected"));
    } catch (IOException e) {
      emitter.completeWithError(e);
      return emitter;
    }
    register(new LiveClient(emitter, visible, stillSignedIn, buffer));
    return emitter;
  }

  /** Adds a client whose emitter is ready. */
  void register(LiveClient client) {
    clients.put(client.emitter(), client);
  }

  public void publish(IndicatorValue value) {
    if (clients.isEmpty()) {
      return;
    }
    Set<DataWithMediaType> event =
        SseEmitter.event()
            .name(VALUE_EVENT)
            .data(JsonCodec.writeString(value), MediaType.APPLICATION_JSON)
            .build();
    broadcast(event, client -> client.sees(value.where().unit()));
  }

  public int size() {
    return clients.size();
  }

  private void keepAlive() {
    try {
      for (LiveClient client : clients.values()) {
        if (!client.stillSignedIn()) {
          drop(client, droppedSignedOut, "its viewer is no longer signed in");
        }
      }
      broadcast(SseEmitter.event().comment("keep-alive").build(), client -> true);
    } catch (RuntimeException e) {
      // An exception would cancel the schedule, and with it the detection of dead clients.
      log.warn("Live stream heartbeat failed", e);
    }
  }

  private void broadcast(Set<DataWithMediaType> event, Predicate<LiveClient> to) {
    ExecutorService sending = senders;
    if (sending == null) {
      return;
    }
    for (LiveClient client : clients.values()) {
      if (to.test(client)
          && !client.offer(event, sending, () -> clients.remove(client.emitter()))) {
        drop(client, droppedSlow, "it fell " + buffer + " events behind");
      }
    }
  }

  private void drop(LiveClient client, Counter reason, String why) {
    if (clients.remove(client.emitter()) != null) {
      reason.increment();
      client.emitter().complete();
      log.debug("Disconnected a live stream client: {}", why);
    }
  }
}
