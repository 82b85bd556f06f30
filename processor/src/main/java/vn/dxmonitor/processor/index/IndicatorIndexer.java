package vn.dxmonitor.processor.index;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.elasticsearch.BulkWriter;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;
import vn.dxmonitor.runtime.kafka.LatestValues;

/**
 * Keeps {@code dx-indicators} equal to the compacted values topic: one document per unit and
 * indicator, id = the topic key, the document = the record's JSON as the processor wrote it. Each
 * poll is coalesced to the last value per key, so Elasticsearch writes grow with changed keys, not
 * with events; offsets are committed only after every write of the poll is stored (see {@link
 * BulkWriter}).
 */
@Component
public class IndicatorIndexer {

  private static final Logger log = LoggerFactory.getLogger(IndicatorIndexer.class);

  private final BulkWriter writer;
  private final String index;

  public IndicatorIndexer(BulkWriter writer, IndexNames indexNames) {
    this.writer = writer;
    this.index = indexNames.indicators();
  }

  @KafkaListener(
      id = "dx-indexer",
      autoStartup = "${dx.processor.indexing:true}",
      groupId = "${dx.processor.indexer-group:dx-indexer}",
      topics = "dx.indicator-values",
      containerFactory = IndicatorValuesListenerConfiguration.JSON_FACTORY)
  public void index(List<ConsumerRecord<String, byte[]>> records) {
    Map<String, byte[]> latest = LatestValues.of(records);
    writer.mirror(index, latest);
    log.debug("Indexed {} values from {} records", latest.size(), records.size());
  }
}
