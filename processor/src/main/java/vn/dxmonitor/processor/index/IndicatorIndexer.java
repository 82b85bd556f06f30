package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;
import vn.dxmonitor.runtime.kafka.LatestValues;

/**
 * Keeps {@code dx-indicators} equal to the compacted values topic: one document per unit and
 * indicator, id = the topic key. Each poll is coalesced to the last value per key, so Elasticsearch
 * writes grow with changed keys, not with events; offsets are committed only after the bulk request
 * succeeded, so an outage delays indexing and loses nothing.
 */
@Component
public class IndicatorIndexer {

  private static final Logger log = LoggerFactory.getLogger(IndicatorIndexer.class);

  private final ElasticsearchClient client;
  private final String index;

  public IndicatorIndexer(ElasticsearchClient client, IndexNames indexNames) {
    this.client = client;
    this.index = indexNames.indicators();
  }

  @KafkaListener(
      id = "dx-indexer",
      groupId = "${dx.processor.indexer-group:dx-indexer}",
      topics = "dx.indicator-values",
      containerFactory = IndicatorValuesListenerConfiguration.FACTORY)
  public void index(List<ConsumerRecord<String, IndicatorValue>> records) throws IOException {
    Map<String, IndicatorValue> latest = LatestValues.of(records);
    if (latest.isEmpty()) {
      return;
    }
    BulkResponse response =
        client.bulk(
            bulk -> {
              latest.forEach(
                  (key, value) ->
                      bulk.operations(
                          op ->
                              value == null
                                  ? op.delete(d -> d.index(index).id(key))
                                  : op.index(i -> i.index(index).id(key).document(value))));
              return bulk;
            });
    if (response.errors()) {
      String firstError =
          response.items().stream()
              .filter(item -> item.error() != null)
              .map(BulkResponseItem::error)
              .map(error -> error.type() + ": " + error.reason())
              .findFirst()
              .orElse("unknown");
      throw new IndexingFailedException(index, firstError);
    }
    log.debug("Indexed {} values from {} records", latest.size(), records.size());
  }
}
