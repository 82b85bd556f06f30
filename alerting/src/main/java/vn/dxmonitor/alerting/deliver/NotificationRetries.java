package vn.dxmonitor.alerting.deliver;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Writes retries, keyed by receiver, and waits until the broker has each: only then may the offset
 * of the notification that failed be committed, so a crash in between delivers it again rather than
 * losing it.
 */
public class NotificationRetries implements AutoCloseable {

  public static final String TOPIC = "dx.notifications.retry";

  private final KafkaProducer<String, byte[]> producer;

  public NotificationRetries(Map<String, Object> producerConfig) {
    Map<String, Object> config = new HashMap<>(producerConfig);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  public void write(NotificationRetry retry) {
    try {
      producer
          .send(
              new ProducerRecord<>(TOPIC, retry.notification().receiver(), JsonCodec.write(retry)))
          .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing a retry", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("retry of " + retry.notification().id() + " not stored", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
