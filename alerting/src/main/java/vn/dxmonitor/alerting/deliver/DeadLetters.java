package vn.dxmonitor.alerting.deliver;

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

/** Writes dead letters, keyed by receiver, and waits until the broker has each. */
public class DeadLetters implements AutoCloseable {

  public static final String TOPIC = "dx.notifications.dead-letter";

  private final KafkaProducer<String, byte[]> producer;

  public DeadLetters(Map<String, Object> producerConfig) {
    Map<String, Object> config = new java.util.HashMap<>(producerConfig);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  public void write(DeadLetter letter) {
    try {
      producer
          .send(new ProducerRecord<>(TOPIC, letter.receiver(), JsonCodec.write(letter)))
          .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing a dead letter", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "dead letter for " + letter.notificationId() + " not stored", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
