package vn.dxmonitor.ingest.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Makes the committers' transactional producers, one per transactional id. */
@FunctionalInterface
public interface TransactionalProducers {

  Producer<String, byte[]> make(String transactionalId);

  /**
   * Producers of the given client settings, tuned so that a request's wait for its commit is
   * bounded by {@code timeout}.
   */
  static TransactionalProducers kafka(Map<String, Object> clientConfig, Duration timeout) {
    Map<String, Object> config = new HashMap<>(clientConfig);
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) millis);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, millis / 2));
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(2000, millis));
    // Committing flushes whatever waits, so records need not leave before: a transaction's records
    // go out together, in one produce request per broker instead of many small ones. (The client
    // requires linger plus the request timeout to fit in the delivery timeout.)
    config.put(ProducerConfig.LINGER_MS_CONFIG, Math.min(1000, millis / 4));
    config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    // A transaction left open by a failed producer holds back every read_committed reader until
    // the coordinator aborts it, so this bounds how long a broker outage can stall the processor.
    config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(10_000, 3 * millis));
    return transactionalId -> {
      Map<String, Object> own = new HashMap<>(config);
      own.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
      own.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
      return new KafkaProducer<>(own, new StringSerializer(), new ByteArraySerializer());
    };
  }
}
