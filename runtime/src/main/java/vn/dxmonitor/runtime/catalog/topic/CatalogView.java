package vn.dxmonitor.runtime.catalog.topic;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * This process's copy of {@code dx.catalog}: read from the beginning on start, then followed, so
 * every instance of every service agrees on the catalog and a change needs no restart. It reads
 * without a consumer group, since every instance needs every record. Readers get an immutable
 * snapshot, rebuilt on the first read after a change.
 */
public final class CatalogView implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CatalogView.class);

  private final Map<String, Object> consumerConfig;
  private final Map<String, UnitVersion> units = new ConcurrentHashMap<>();
  private final Map<String, Succession> successions = new ConcurrentHashMap<>();
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private volatile boolean dirty = true;
  private volatile boolean running = true;
  private UnitHistory history;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread thread;

  public CatalogView(Map<String, Object> consumerConfig) {
    this.consumerConfig = new HashMap<>(consumerConfig);
    this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
  }

  public void start() {
    consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::follow, "dx-catalog-view");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits until every record that existed when the view started has been read. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The unit history as the topic has it now. */
  public synchronized UnitHistory units() {
    if (dirty || history == null) {
      history = new UnitHistory(List.copyOf(units.values()), List.copyOf(successions.values()));
      dirty = false;
    }
    return history;
  }

  private void follow() {
    try {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.CATALOG.name(), Duration.ofSeconds(30)).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          apply(record);
        }
        if (caughtUp.getCount() > 0
            && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
          log.info(
              "Catalog read: {} unit versions, {} successions", units.size(), successions.size());
          caughtUp.countDown();
        }
      }
    } catch (WakeupException e) {
      log.debug("Catalog view woken up to stop");
    } catch (RuntimeException e) {
      log.error("Catalog view stopped following {}", Topics.CATALOG.name(), e);
    } finally {
      consumer.close();
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    String key = record.key();
    if (key == null) {
      return;
    }
    try {
      switch (CatalogKey.kind(key)) {
        case CatalogKey.UNIT -> put(units, key, record.value(), UnitVersion.class);
        case CatalogKey.SUCCESSION -> put(successions, key, record.value(), Succession.class);
        default -> log.debug("Catalog entry of another kind: {}", key);
      }
      dirty = true;
    } catch (JacksonException e) {
      log.error(
          "Skipped unreadable catalog entry {} at offset {}: {}",
          key,
          record.offset(),
          e.getOriginalMessage());
    }
  }

  private static <T> void put(Map<String, T> map, String key, byte[] value, Class<T> type) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, JsonCodec.read(value, type));
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    if (thread != null) {
      thread.join(10_000);
    }
  }
}
