package vn.dxmonitor.alerting.engine;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * The engine's Kafka Streams deserialisation handler: an unreadable value or command is skipped so
 * the engine goes on, and handed to {@link SkippedRecords} to be counted and logged with its topic,
 * partition, offset and why. Made by Kafka Streams from its class name; the {@link SkippedRecords}
 * comes through the settings, under {@link SkippedRecords#CONFIG}.
 */
public final class UnreadableRecords implements DeserializationExceptionHandler {

  private SkippedRecords skipped;

  @Override
  public void configure(Map<String, ?> configs) {
    if (!(configs.get(SkippedRecords.CONFIG) instanceof SkippedRecords given)) {
      throw new ConfigException(
          SkippedRecords.CONFIG, configs.get(SkippedRecords.CONFIG), "must be a SkippedRecords");
    }
    this.skipped = given;
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    skipped.unreadable(
        record.topic() + "-" + record.partition() + "@" + record.offset(),
        exception.getMessage() == null ? exception.toString() : exception.getMessage());
    return Response.resume();
  }
}
