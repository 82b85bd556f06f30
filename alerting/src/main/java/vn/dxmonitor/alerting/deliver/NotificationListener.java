package vn.dxmonitor.alerting.deliver;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Takes notifications off {@code dx.notifications} one at a time and commits each once every
 * channel has been tried once, and each that failed is delivered, dead-lettered or stored as a
 * retry (see {@link NotificationRetryListener}): the listener never waits out a back-off, and after
 * a crash only the one in hand is delivered again, with the same id.
 */
public class NotificationListener {

  private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

  private final NotificationDispatcher dispatcher;

  public NotificationListener(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @KafkaListener(
      id = "dx-notifier",
      autoStartup = "${dx.alerting.delivery.enabled:true}",
      groupId = "${dx.alerting.delivery.group:dx-notifier}",
      topics = "dx.notifications",
      containerFactory = DeliveryConfiguration.LISTENER_FACTORY)
  public void deliver(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    Notification notification;
    try {
      notification = JsonCodec.read(record.value(), Notification.class);
    } catch (JacksonException e) {
      log.error(
          "Unreadable notification at {}-{}@{} skipped: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      return;
    }
    dispatcher.dispatch(notification);
  }
}
