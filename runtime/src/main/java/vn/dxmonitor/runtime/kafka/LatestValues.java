package vn.dxmonitor.runtime.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Coalesces a polled batch of a compacted topic to the last record per key, the way compaction
 * will: work then grows with changed keys, not with records. A record whose value could not be read
 * is logged with its position and skipped, so one bad record cannot stall a consumer; a tombstone
 * (a null value that was written as null) stays null in the map.
 */
public final class LatestValues {

  private static final Logger log = LoggerFactory.getLogger(LatestValues.class);

  private LatestValues() {}

  public static <V> Map<String, V> of(List<ConsumerRecord<String, V>> records) {
    Map<String, V> latest = new LinkedHashMap<>();
    for (ConsumerRecord<String, V> record : records) {
      if (record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)
          != null) {
        log.error(
            "Skipped unreadable record {}-{}@{} (key {})",
            record.topic(),
            record.partition(),
            record.offset(),
            record.key());
        continue;
      }
      latest.put(record.key(), record.value());
    }
    return latest;
  }
}
