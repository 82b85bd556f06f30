package vn.dxmonitor.runtime.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Liveness of a service's Kafka listeners (the indexers, the live relay, the notification
 * deliverer): {@code DOWN} once a listener that should run has not been running for the grace.
 *
 * <p>A listener's consumer thread that dies — a fatal error such as a lost offset with no reset
 * policy, an authorisation failure, a fenced producer — leaves the process up but the listener
 * silent for good, and nothing inside the process starts it again. Past the grace a fresh process
 * is the cure, so liveness says so and the orchestrator restarts it. A listener switched off by
 * configuration (not started automatically) is not expected to run.
 */
public final class ListenerLiveness implements HealthIndicator {

  private final Supplier<Collection<? extends MessageListenerContainer>> containers;
  private final Duration grace;
  private final Clock clock;
  private final Map<String, Instant> stoppedSince = new ConcurrentHashMap<>();

  /**
   * @param containers the listeners to watch, asked at each check
   * @param grace how long one may be stopped — starting, rebalancing after an outage — before the
   *     process is taken to be dead
   */
  public ListenerLiveness(
      Supplier<Collection<? extends MessageListenerContainer>> containers,
      Duration grace,
      Clock clock) {
    this.containers = containers;
    this.grace = grace;
    this.clock = clock;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    Map<String, Object> listeners = new TreeMap<>();
    boolean dead = false;
    for (MessageListenerContainer container : containers.get()) {
      if (!container.isAutoStartup()) {
        continue;
      }
      String id = String.valueOf(container.getListenerId());
      if (container.isRunning() && container.isInExpectedState()) {
        stoppedSince.remove(id);
        listeners.put(id, "running");
        continue;
      }
      Instant since = stoppedSince.computeIfAbsent(id, key -> now);
      listeners.put(id, "stopped since " + since);
      dead |= !since.plus(grace).isAfter(now);
    }
    return (dead ? Health.down() : Health.up())
        .withDetail("listeners", listeners)
        .withDetail("livenessGrace", grace.toString())
        .build();
  }
}
