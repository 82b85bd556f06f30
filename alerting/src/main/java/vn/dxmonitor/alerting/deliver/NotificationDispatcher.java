package vn.dxmonitor.alerting.deliver;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Receiver;

/**
 * Delivers a notification on every channel its receiver has, each on its own, one attempt at a
 * time: a channel that fails is handed to the retries, due after its back-off, and the caller goes
 * on at once — nobody waits out a back-off on a Kafka consumer's thread, where it would hold up
 * every other receiver's notifications and, past {@code max.poll.interval.ms}, lose the partition.
 * After the last attempt (or at once, when trying again cannot help) the notification goes to the
 * dead-letter topic for that channel.
 */
public final class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private static final List<String> OUTCOMES = List.of("delivered", "retried", "dead-letter");

  private final List<Channel> channels;
  private final Function<String, Optional<Receiver>> receivers;
  private final Consumer<NotificationRetry> retries;
  private final Consumer<DeadLetter> deadLetters;
  private final Backoff backoff;
  private final Clock clock;
  private final MeterRegistry meters;

  /**
   * @param receivers finds a receiver by id as it is configured now
   * @param retries stores a retry durably before returning (see {@link NotificationRetries})
   * @param deadLetters stores a dead letter durably before returning (see {@link DeadLetters})
   */
  public NotificationDispatcher(
      List<Channel> channels,
      Function<String, Optional<Receiver>> receivers,
      Consumer<NotificationRetry> retries,
      Consumer<DeadLetter> deadLetters,
      Backoff backoff,
      Clock clock,
      MeterRegistry meters) {
    this.channels = List.copyOf(channels);
    this.receivers = receivers;
    this.retries = retries;
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

  /** The first attempt, on every channel the receiver has. */
  public void dispatch(Notification notification) {
    Optional<Receiver> receiver = receivers.apply(notification.receiver());
    if (receiver.isEmpty()) {
      deadLetter(notification, "-", 0, noLongerConfigured(notification));
      return;
    }
    for (Channel channel : channels) {
      if (channel.reaches(receiver.get())) {
        attempt(channel, notification, receiver.get(), 1);
      }
    }
  }

  /**
   * The attempt a retry waited for, on its one channel, to the receiver as it is configured now (a
   * webhook moved in the meantime is posted to where it is now).
   */
  public void retry(NotificationRetry retry) {
    Notification notification = retry.notification();
    int made = retry.attempt() - 1;
    Optional<Receiver> receiver = receivers.apply(notification.receiver());
    if (receiver.isEmpty()) {
      deadLetter(notification, retry.channel(), made, noLongerConfigured(notification));
      return;
    }
    Optional<Channel> channel =
        channels.stream().filter(known -> known.name().equals(retry.channel())).findFirst();
    if (channel.isEmpty() || !channel.get().reaches(receiver.get())) {
      deadLetter(
          notification,
          retry.channel(),
          made,
          "receiver '" + notification.receiver() + "' no longer has a " + retry.channel());
      return;
    }
    attempt(channel.get(), notification, receiver.get(), retry.attempt());
  }

  private void attempt(Channel channel, Notification notification, Receiver receiver, int attempt) {
    try {
      channel.send(notification, receiver);
      count(channel.name(), "delivered");
      log.info(
          "Notification {} ({}) delivered by {} to {} on attempt {}",
          notification.id(),
          notification.kind().id(),
          channel.name(),
          receiver.id(),
          attempt);
    } catch (DeliveryFailedException e) {
      if (e.isPermanent() || attempt >= backoff.attempts()) {
        deadLetter(notification, channel.name(), attempt, e.getMessage());
        return;
      }
      Instant due = clock.instant().plus(backoff.before(attempt + 1));
      retries.accept(
          new NotificationRetry(notification, channel.name(), attempt + 1, due, e.getMessage()));
      count(channel.name(), "retried");
      log.warn(
          "Notification {} by {} to {}, attempt {} of {} failed, tried again at {}: {}",
          notification.id(),
          channel.name(),
          receiver.id(),
          attempt,
          backoff.attempts(),
          due,
          e.getMessage());
    }
  }

  private static String noLongerConfigured(Notification notification) {
    return "receiver '" + notification.receiver() + "' is no longer configured";
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
}
