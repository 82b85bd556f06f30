package vn.dxmonitor.processor.index;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.runtime.elasticsearch.BulkWriter;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.IndicatorValuesListenerConfiguration;

/**
 * Keeps {@code dx-revisions} equal to the revision log topic: one document per revision or
 * retraction, under the id {@code source|eventId|revision}, so a redelivered batch writes the same
 * documents again.
 */
@Component
public class RevisionIndexer {

  private static final Logger log = LoggerFactory.getLogger(RevisionIndexer.class);

  private final BulkWriter writer;
  private final String index;

  public RevisionIndexer(BulkWriter writer, IndexNames indexNames) {
    this.writer = writer;
    this.index = indexNames.revisions();
  }

  @KafkaListener(
      id = "dx-revision-indexer",
      autoStartup = "${dx.processor.indexing:true}",
      groupId = "${dx.processor.indexer-group:dx-indexer}-revisions",
      topics = "dx.revisions",
      containerFactory = IndicatorValuesListenerConfiguration.JSON_FACTORY)
  public void index(List<ConsumerRecord<String, byte[]>> records) {
    List<BulkOperation> operations = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      String id = JsonCodec.read(record.value(), RevisionEntry.class).id();
      operations.add(
          BulkOperation.of(
              op ->
                  op.index(
                      i -> i.index(index).id(id).document(BulkWriter.document(record.value())))));
    }
    writer.write(index, operations);
    log.debug("Indexed {} revisions", operations.size());
  }
}
