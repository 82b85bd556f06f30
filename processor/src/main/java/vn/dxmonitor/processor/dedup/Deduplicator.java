package vn.dxmonitor.processor.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.event.MetricEvent;

/**
 * Drops an event whose (source, eventId) was already seen. Events are keyed by unit, so a retry
 * lands on the same partition and meets its first copy in this task's store. The store is
 * changelogged and updated in the same transaction as the counts, so a crash can neither count an
 * event twice nor forget that it was counted.
 */
public final class Deduplicator implements FixedKeyProcessor<String, MetricEvent, MetricEvent> {

  public static final String STORE = "dedup-store";
  private static final Logger log = LoggerFactory.getLogger(Deduplicator.class);
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  private final Duration retention;
  private FixedKeyProcessorContext<String, MetricEvent> context;
  private KeyValueStore<String, Long> seen;

  public Deduplicator(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, MetricEvent> context) {
    this.context = context;
    this.seen = context.getStateStore(STORE);
    context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::purge);
  }

  @Override
  public void process(FixedKeyRecord<String, MetricEvent> record) {
    String key = record.value().idempotencyKey();
    if (seen.get(key) != null) {
      log.debug("Dropped repeated event {}", key);
      return;
    }
    seen.put(key, context.currentSystemTimeMs());
    context.forward(record);
  }

  private void purge(long now) {
    long oldest = now - retention.toMillis();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = seen.all()) {
      while (all.hasNext()) {
        KeyValue<String, Long> entry = all.next();
        if (entry.value < oldest) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(seen::delete);
    if (!expired.isEmpty()) {
      log.info("Forgot {} event ids older than {}", expired.size(), retention);
    }
  }
}
