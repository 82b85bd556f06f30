package vn.dxmonitor.alerting.deliver;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;

/**
 * Delivers a notification on every channel its receiver has, each on its own: a channel that fails
 * is tried again with back-off while the others are done, and after its last attempt (or at once,
 * when trying again cannot help) the notification goes to the dead-letter topic for that channel.
 */
public final class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private static final List<String> OUTCOMES = List.of("delivered", "retried", "dead-letter");

  private final List<Channel> channels;
  private final Supplier<Routes> routes;
  private final Consumer<DeadLetter> deadLetters;
  private final Backoff backoff;
  private final Clock clock;
  private final MeterRegistry meters;

  public NotificationDispatcher(
      List<Channel> channels,
      Supplier<Routes> routes,
      Consumer<DeadLetter> deadLetters,
      Backoff backoff,
      Clock clock,
      MeterRegistry meters) {
    this.channels = List.copyOf(channels);
    this.routes = routes;
    this.deadLetters = deadLetters;
    this.backoff = backoff;
    this.clock = clock;
    this.meters = meters;
    // Registered before the first notification, so a rate of dead letters reads zero, not nothing.
    for (Channel channel : this.channels) {
      for (String outcome : OUTCOMES) {
        counter(channel.name(), outcome);
      }
    }
  }

  public void dispatch(Notification notification) {
    Optional<Receiver> receiver = routes.get().receiver(notification.receiver());
    if (receiver.isEmpty()) {
      deadLetter(
          notification,
          "-",
          0,
          "receiver '" + notification.receiver() + "' is no longer configured");
      return;
    }
    for (Channel channel : channels) {
      if (channel.reaches(receiver.get())) {
        deliver(channel, notification, receiver.get());
      }
    }
  }

  private void deliver(Channel channel, Notification notification, Receiver receiver) {
    for (int attempt = 1; ; attempt++) {
      try {
        channel.send(notification, receiver);
        count(channel.name(), "delivered");
        log.info(
            "Notification {} ({}) delivered by {} to {}",
            notification.id(),
            notification.kind().id(),
            channel.name(),
            receiver.id());
        return;
      } catch (DeliveryFailedException e) {
        if (e.isPermanent() || attempt >= backoff.attempts()) {
          deadLetter(notification, channel.name(), attempt, e.getMessage());
          return;
        }
        count(channel.name(), "retried");
        log.warn(
            "Notification {} by {} to {}, attempt {} of {} failed: {}",
            notification.id(),
            channel.name(),
            receiver.id(),
            attempt,
            backoff.attempts(),
            e.getMessage());
        pause(backoff.before(attempt + 1).toMillis());
      }
    }
  }

  private void deadLetter(Notification notification, String channel, int attempts, String error) {
    log.error(
        "Notification {} to {} by {} given up after {} attempts: {}",
        notification.id(),
        notification.receiver(),
        channel,
        attempts,
        error);
    deadLetters.accept(
        new DeadLetter(
            notification.id(),
            notification.receiver(),
            channel,
            attempts,
            error,
            clock.instant(),
            notification));
    count(channel, "dead-letter");
  }

  private void count(String channel, String outcome) {
    counter(channel, outcome).increment();
  }

  private Counter counter(String channel, String outcome) {
    return Counter.builder("dx.alerting.notifications")
        .description("Notification deliveries by channel and outcome")
        .tag("channel", channel)
        .tag("outcome", outcome)
        .register(meters);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted between delivery attempts", e);
    }
  }
}
