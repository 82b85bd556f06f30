package vn.dxmonitor.dashboard.live;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;

/**
 * Hands every value published on {@code dx.indicator-values} to the connected browsers. Each
 * instance reads the whole topic in a consumer group of its own, from the end: its browsers have
 * the page, rendered from Elasticsearch, and need only what changed since. A batch is coalesced to
 * the last value per key, since a browser shows only the latest.
 */
@Component
public class IndicatorValueRelay {

  /** The listener's id, to find its container. */
  public static final String LISTENER_ID = "dx-dashboard-live";

  private final LiveClients clients;

  public IndicatorValueRelay(LiveClients clients) {
    this.clients = clients;
  }

  @KafkaListener(
      id = LISTENER_ID,
      topics = "dx.indicator-values",
      containerFactory = IndicatorValuesListenerConfiguration.FACTORY,
      groupId = "${dx.dashboard.live.group-id:dx-dashboard-live-${random.uuid}}",
      properties = "auto.offset.reset=latest")
  public void relay(List<ConsumerRecord<String, IndicatorValue>> records) {
    if (clients.size() == 0) {
      return;
    }
    latestPerKey(records).forEach(clients::publish);
  }

  /** The last value of each key, in the order the keys last changed; a tombstone drops its key. */
  static Collection<IndicatorValue> latestPerKey(
      List<ConsumerRecord<String, IndicatorValue>> records) {
    Map<String, IndicatorValue> latest = new LinkedHashMap<>();
    for (ConsumerRecord<String, IndicatorValue> record : records) {
      // Removing first moves a key to the end, so values go out in the order they came.
      latest.remove(record.key());
      if (record.value() != null) {
        latest.put(record.key(), record.value());
      }
    }
    return latest.values();
  }
}
