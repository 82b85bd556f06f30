package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
 * Keeps the monthly {@code dx-indicator-history-YYYY.MM} indices equal to the history topic: one
 * document per unit, indicator and day (id = the topic key {@code unit|indicator|day}), in the
 * month of its day. A day corrected several times in one poll is written once.
 */
@Component
public class HistoryIndexer {

  private static final Logger log = LoggerFactory.getLogger(HistoryIndexer.class);

  private final BulkWriter writer;
  private final IndexNames indexNames;

  public HistoryIndexer(BulkWriter writer, IndexNames indexNames) {
    this.writer = writer;
    this.indexNames = indexNames;
  }

  @KafkaListener(
      id = "dx-history-indexer",
      autoStartup = "${dx.processor.indexing:true}",
      groupId = "${dx.processor.indexer-group:dx-indexer}-history",
      topics = "dx.indicator-history",
      containerFactory = IndicatorValuesListenerConfiguration.JSON_FACTORY)
  public void index(List<ConsumerRecord<String, byte[]>> records) {
    Map<String, byte[]> latest = LatestValues.of(records);
    List<BulkOperation> operations = new ArrayList<>(latest.size());
    latest.forEach(
        (key, json) -> {
          LocalDate day = dayOf(key);
          if (json != null && day != null) {
            String index = indexNames.history(day);
            operations.add(
                BulkOperation.of(
                    op ->
                        op.index(i -> i.index(index).id(key).document(BulkWriter.document(json)))));
          }
        });
    writer.write(indexNames.historyPrefix() + "*", operations);
  }

  private static LocalDate dayOf(String key) {
    try {
      return key == null ? null : LocalDate.parse(key.substring(key.lastIndexOf('|') + 1));
    } catch (DateTimeParseException e) {
      log.error("Skipped history point with key {}: it does not end with |YYYY-MM-DD", key);
      return null;
    }
  }
}
