package vn.dxmonitor.ingest.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Stores a request's accepted events and their ledger entries in one Kafka transaction: either all
 * of them become visible to the processor and to every ingest instance, or none does. A 202 is only
 * sent after the commit, so an answered event is on every in-sync replica ({@code acks=all}).
 *
 * <p>Transactional producers cannot be shared by concurrent transactions, so a small pool serves
 * the requests. A producer whose transaction failed is closed and made again with the same
 * transactional id, which fences whatever the old one left open.
 */
public final class TransactionalPublisher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TransactionalPublisher.class);

  private final Map<String, Object> config;
  private final Duration timeout;
  private final Clock clock;
  private final BlockingQueue<Slot> idle;

  public TransactionalPublisher(
      Map<String, Object> producerConfig, int producers, Duration timeout, Clock clock) {
    this.config = new HashMap<>(producerConfig);
    this.timeout = timeout;
    this.clock = clock;
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) millis);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, millis / 2));
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(2000, millis));
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 16L * 1024 * 1024);
    // A transaction left open by a failed producer holds back every read_committed reader until
    // the coordinator aborts it, so this bounds how long a broker outage can stall the processor.
    config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(10_000, 3 * millis));
    String prefix = "dx-ingest-" + UUID.randomUUID() + "-";
    this.idle = new ArrayBlockingQueue<>(producers);
    for (int i = 0; i < producers; i++) {
      idle.add(new Slot(prefix + i));
    }
  }

  /**
   * Stores the events and their ledger entries atomically.
   *
   * @throws PublishFailedException when the broker did not commit them in time; nothing is visible
   */
  public void publish(List<MetricEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Slot slot = acquire();
    KafkaException failure = null;
    try {
      Producer<String, byte[]> producer = slot.producer();
      producer.beginTransaction();
      for (MetricEvent event : events) {
        producer.send(
            new ProducerRecord<>(
                Topics.METRIC_EVENTS.name(), event.unit(), JsonCodec.write(event)));
      }
      for (byte[] entry : LedgerEntries.of(clock.instant(), events)) {
        producer.send(new ProducerRecord<>(Topics.ACCEPTED_IDS.name(), null, entry));
      }
      producer.commitTransaction();
    } catch (KafkaException e) {
      failure = e;
      throw new PublishFailedException(describe(e), e);
    } finally {
      if (failure != null) {
        slot.abandon(failure);
      }
      idle.add(slot);
    }
  }

  private Slot acquire() {
    try {
      Slot slot = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (slot == null) {
        throw new PublishFailedException(
            "every producer was busy for " + timeout + "; the broker is slow or unreachable", null);
      }
      return slot;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException("interrupted while waiting for a producer", e);
    }
  }

  private String describe(KafkaException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "the broker did not store the events within " + timeout + ": " + message;
  }

  @Override
  public void close() {
    idle.forEach(Slot::discard);
  }

  /** One transactional producer, made on first use and again after a failure. */
  private final class Slot {

    private final String transactionalId;
    private KafkaProducer<String, byte[]> producer;

    Slot(String transactionalId) {
      this.transactionalId = transactionalId;
    }

    Producer<String, byte[]> producer() {
      if (producer == null) {
        Map<String, Object> own = new HashMap<>(config);
        own.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        own.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
        KafkaProducer<String, byte[]> made =
            new KafkaProducer<>(own, new StringSerializer(), new ByteArraySerializer());
        try {
          made.initTransactions();
        } catch (KafkaException e) {
          made.close(Duration.ZERO);
          throw e;
        }
        producer = made;
      }
      return producer;
    }

    /**
     * Aborts the failed transaction where the broker can still be asked to, then drops the
     * producer; the next use makes a fresh one, whose start fences anything still open.
     */
    void abandon(KafkaException failure) {
      if (producer == null) {
        return;
      }
      if (!(failure instanceof TimeoutException)) {
        try {
          producer.abortTransaction();
        } catch (KafkaException e) {
          log.debug("Aborting {} failed: {}", transactionalId, e.getMessage());
        }
      }
      discard();
    }

    void discard() {
      if (producer == null) {
        return;
      }
      try {
        producer.close(Duration.ZERO);
      } catch (KafkaException e) {
        log.debug("Closing a failed producer {}: {}", transactionalId, e.getMessage());
      }
      producer = null;
    }
  }
}
