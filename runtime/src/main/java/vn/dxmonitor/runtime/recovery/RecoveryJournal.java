package vn.dxmonitor.runtime.recovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The recoveries of every service, on {@link Topics#RECOVERIES}, so the operator console shows them
 * whichever process they happened in.
 *
 * <p>A recovery usually follows a broker outage, so the broker may still be settling when one is
 * recorded: sending happens on a thread of its own, with a delivery timeout long enough to outlast
 * a further outage, and never holds up the service that recovered. A recovery that still cannot be
 * sent is in the service's log and its {@code dx_streams_recoveries_total}, which stay the record
 * of truth.
 */
public final class RecoveryJournal implements Consumer<Recovery>, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RecoveryJournal.class);
  private static final int DELIVERY_TIMEOUT_MS = (int) Duration.ofMinutes(10).toMillis();

  private final Map<String, Object> connection;
  private final ExecutorService sender;
  private KafkaProducer<String, Recovery> producer;

  /**
   * @param kafka the connection settings (bootstrap servers and security); others are ignored
   */
  public RecoveryJournal(Map<String, Object> kafka) {
    this.connection = new HashMap<>(kafka);
    this.connection.keySet().retainAll(AdminClientConfig.configNames());
    this.sender =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "dx-recovery-journal");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Records a recovery; returns at once. */
  @Override
  public void accept(Recovery recovery) {
    sender.execute(() -> send(recovery));
  }

  private void send(Recovery recovery) {
    producer()
        .send(
            new ProducerRecord<>(Topics.RECOVERIES.name(), recovery.service(), recovery),
            (metadata, failure) -> {
              if (failure != null) {
                log.warn("A recovery of {} could not be recorded: {}", recovery.service(), failure);
              }
            });
  }

  private KafkaProducer<String, Recovery> producer() {
    if (producer == null) {
      Map<String, Object> config = new HashMap<>(connection);
      config.put(ProducerConfig.CLIENT_ID_CONFIG, "dx-recovery-journal");
      config.put(ProducerConfig.ACKS_CONFIG, "all");
      config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
      config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) DELIVERY_TIMEOUT_MS);
      producer =
          new KafkaProducer<>(
              config,
              Topics.RECOVERIES.keySerde().serializer(),
              Topics.RECOVERIES.valueSerde().serializer());
    }
    return producer;
  }

  /** Every recovery the topic holds (it keeps them for its retention), newest first. */
  public List<Recovery> read() {
    List<Recovery> recoveries = new ArrayList<>();
    TopicSnapshot.read(
        connection,
        Topics.RECOVERIES.name(),
        record -> {
          try {
            Recovery recovery =
                Topics.RECOVERIES
                    .valueSerde()
                    .deserializer()
                    .deserialize(record.topic(), record.value());
            if (recovery != null) {
              recoveries.add(recovery);
            }
          } catch (SerializationException e) {
            log.warn(
                "Skipped record {} of {}: {}", record.offset(), record.topic(), e.getMessage());
          }
        });
    recoveries.sort(Comparator.comparing(Recovery::at).reversed());
    return recoveries;
  }

  @Override
  public void close() {
    sender.shutdown();
    try {
      sender.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
