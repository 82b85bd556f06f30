package vn.dxmonitor.processor.check;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import vn.dxmonitor.runtime.kafka.Topics;

/** Forwards a refused event's original bytes with the reason in the {@code dx.error} header. */
public final class DeadLetter implements FixedKeyProcessor<String, CheckedEvent, byte[]> {

  private FixedKeyProcessorContext<String, byte[]> context;

  @Override
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, CheckedEvent> record) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.add(Topics.ERROR_HEADER, record.value().error().getBytes(StandardCharsets.UTF_8));
    context.forward(record.withValue(record.value().raw()).withHeaders(headers));
  }
}
