package vn.dxmonitor.alerting.deliver;

import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Makes each retry on {@link NotificationRetries#TOPIC} once it is due, and commits it once it is
 * delivered, dead-lettered or handed on as the next retry. A retry not yet due is left where it is
 * and the consumer paused until it is ({@link Acknowledgment#nack(Duration)}): the consumer keeps
 * polling while paused, so no wait counts against {@code max.poll.interval.ms}. Retries are written
 * in the order they fail, each due at most {@code max-backoff} after it was written, so one waits
 * at most that long behind another.
 */
public class NotificationRetryListener {

  private static final Logger log = LoggerFactory.getLogger(NotificationRetryListener.class);

  private final NotificationDispatcher dispatcher;
  private final Clock clock;

  public NotificationRetryListener(NotificationDispatcher dispatcher, Clock clock) {
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @KafkaListener(
      id = "dx-notifier-retries",
      autoStartup = "${dx.alerting.delivery.enabled:true}",
      groupId = "${dx.alerting.delivery.group:dx-notifier}-retries",
      topics = NotificationRetries.TOPIC,
      containerFactory = DeliveryConfiguration.RETRY_LISTENER_FACTORY)
  public void retry(ConsumerRecord<String, byte[]> record, Acknowledgment acknowledgment) {
    if (record.value() == null) {
      acknowledgment.acknowledge();
      return;
    }
    NotificationRetry retry;
    try {
      retry = JsonCodec.read(record.value(), NotificationRetry.class);
    } catch (JacksonException e) {
      log.error(
          "Unreadable retry at {}-{}@{} skipped: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      acknowledgment.acknowledge();
      return;
    }
    Duration wait = Duration.between(clock.instant(), retry.dueAt());
    if (!wait.isNegative() && !wait.isZero()) {
      acknowledgment.nack(wait);
      return;
    }
    dispatcher.retry(retry);
    acknowledgment.acknowledge();
  }
}
