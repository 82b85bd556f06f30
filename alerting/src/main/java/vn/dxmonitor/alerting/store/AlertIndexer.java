package vn.dxmonitor.alerting.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.elasticsearch.BulkMetrics;
import vn.dxmonitor.runtime.elasticsearch.BulkWriter;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;
import vn.dxmonitor.runtime.kafka.LatestValues;

/**
 * Keeps {@code dx-alerts} equal to the compacted {@code dx.alerts}: one document per alert, id =
 * the alert id, the document = the record's JSON. Offsets are committed only once a poll's writes
 * are stored, so an Elasticsearch outage delays the index and loses nothing.
 */
@Component
public class AlertIndexer {

  private final BulkWriter writer;
  private final String index;

  public AlertIndexer(ElasticsearchClient client, IndexNames indexNames, MeterRegistry meters) {
    this.index = indexNames.alerts();
    this.writer = new BulkWriter(client, new BulkMetrics(meters, "alerting"));
  }

  @KafkaListener(
      id = "dx-alert-indexer",
      autoStartup = "${dx.alerting.indexing:true}",
      groupId = "${dx.alerting.indexer-group:dx-alert-indexer}",
      topics = "dx.alerts",
      containerFactory = IndicatorValuesListenerConfiguration.JSON_FACTORY)
  public void index(List<ConsumerRecord<String, byte[]>> records) {
    writer.mirror(index, LatestValues.of(records));
  }
}
