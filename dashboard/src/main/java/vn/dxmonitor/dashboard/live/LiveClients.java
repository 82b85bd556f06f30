package vn.dxmonitor.dashboard.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dxmonitor.dashboard.DashboardProperties;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The browsers connected to the live stream. An emitter leaves the set the moment it completes,
 * times out, fails, or a write to it fails; a periodic comment writes to idle connections so that a
 * browser that went away without closing is found out too. Each event is serialised once, however
 * many clients receive it.
 */
@Component
public class LiveClients implements SmartLifecycle {

  /** The SSE event name the page listens for. */
  public static final String VALUE_EVENT = "indicator-value";

  private static final Duration RECONNECT = Duration.ofSeconds(3);

  private static final Logger log = LoggerFactory.getLogger(LiveClients.class);

  private final Map<SseEmitter, Predicate<String>> emitters = new ConcurrentHashMap<>();
  private final Duration timeout;
  private final Duration heartbeatPeriod;
  private ScheduledExecutorService heartbeat;

  public LiveClients(DashboardProperties properties, MeterRegistry meters) {
    this.timeout = properties.streamTimeout();
    this.heartbeatPeriod = properties.heartbeat();
    Gauge.builder("dx.dashboard.stream.clients", emitters, Map::size)
        .description("Browsers connected to the live stream")
        .register(meters);
  }

  @Override
  public synchronized void start() {
    if (heartbeat != null) {
      return;
    }
    heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "dx-dashboard-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    long period = heartbeatPeriod.toMillis();
    heartbeat.scheduleAtFixedRate(this::keepAlive, period, period, TimeUnit.MILLISECONDS);
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
    }
    for (SseEmitter emitter : emitters.keySet()) {
      emitter.complete();
    }
    emitters.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return heartbeat != null;
  }

  /** A new emitter for one browser that receives every unit's values. */
  public SseEmitter connect() {
    return connect(unit -> true);
  }

  /**
   * A new emitter for one browser, already registered.
   *
   * @param visible the units whose values the browser's viewer may receive
   */
  public SseEmitter connect(Predicate<String> visible) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(
        () -> {
          emitters.remove(emitter);
          emitter.complete();
        });
    emitter.onError(error -> emitters.remove(emitter));
    try {
      // Sent at once, so the browser's EventSource opens now rather than at the first value, and
      // knows how soon to come back after the connection ends.
      emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("connected"));
    } catch (IOException e) {
      emitter.completeWithError(e);
      return emitter;
    }
    emitters.put(emitter, visible);
    return emitter;
  }

  public void publish(IndicatorValue value) {
    if (emitters.isEmpty()) {
      return;
    }
    Set<DataWithMediaType> event =
        SseEmitter.event()
            .name(VALUE_EVENT)
            .data(JsonCodec.writeString(value), MediaType.APPLICATION_JSON)
            .build();
    broadcast(event, visible -> visible.test(value.unit()));
  }

  public int size() {
    return emitters.size();
  }

  private void keepAlive() {
    try {
      broadcast(SseEmitter.event().comment("keep-alive").build(), visible -> true);
    } catch (RuntimeException e) {
      // An exception would cancel the schedule, and with it the detection of dead clients.
      log.warn("Live stream heartbeat failed", e);
    }
  }

  private void broadcast(Set<DataWithMediaType> event, Predicate<Predicate<String>> to) {
    for (Map.Entry<SseEmitter, Predicate<String>> client : emitters.entrySet()) {
      if (!to.test(client.getValue())) {
        continue;
      }
      SseEmitter emitter = client.getKey();
      try {
        emitter.send(event);
      } catch (IOException | IllegalStateException e) {
        // The container reports the broken connection to the emitter itself; it only has to stop
        // receiving events.
        emitters.remove(emitter);
        log.debug("Dropped a live stream client: {}", e.getMessage());
      }
    }
  }
}
