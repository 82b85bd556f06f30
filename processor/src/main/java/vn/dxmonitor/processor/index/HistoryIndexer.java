package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;
import vn.dxmonitor.runtime.kafka.LatestValues;

/**
 * Keeps the monthly {@code dx-indicator-history-YYYY.MM} indices equal to the history topic: one
 * document per unit, indicator and day (id = the topic key), in the month of its day. A day
 * corrected several times in one poll is written once.
 */
@Component
public class HistoryIndexer {

  private final BulkWriter writer;
  private final IndexNames indexNames;

  public HistoryIndexer(BulkWriter writer, IndexNames indexNames) {
    this.writer = writer;
    this.indexNames = indexNames;
  }

  @KafkaListener(
      id = "dx-history-indexer",
      groupId = "${dx.processor.indexer-group:dx-indexer}-history",
      topics = "dx.indicator-history",
      containerFactory = IndicatorValuesListenerConfiguration.HISTORY_FACTORY)
  public void index(List<ConsumerRecord<String, HistoryPoint>> records) {
    Map<String, HistoryPoint> latest = LatestValues.of(records);
    List<BulkOperation> operations = new ArrayList<>(latest.size());
    latest.forEach(
        (key, point) -> {
          if (point != null) {
            String index = indexNames.history(point.day());
            operations.add(
                BulkOperation.of(op -> op.index(i -> i.index(index).id(key).document(point))));
          }
        });
    writer.write(indexNames.historyPrefix() + "*", operations);
  }
}
