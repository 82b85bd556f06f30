package vn.dxmonitor.processor.check;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Forwards a refused event's original bytes with the reason in the {@code dx.error} header and its
 * code alone in {@code dx.error.code}, and counts it.
 */
public final class DeadLetter implements FixedKeyProcessor<String, CheckedEvent, byte[]> {

  private final DeadLetterCounter counter;
  private FixedKeyProcessorContext<String, byte[]> context;

  public DeadLetter(DeadLetterCounter counter) {
    this.counter = counter;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, CheckedEvent> record) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    String error = record.value().error();
    String code = reasonCode(error);
    headers.add(Topics.ERROR_HEADER, error.getBytes(StandardCharsets.UTF_8));
    headers.add(Topics.ERROR_CODE_HEADER, code.getBytes(StandardCharsets.UTF_8));
    counter.count(code);
    context.forward(record.withValue(record.value().raw()).withHeaders(headers));
  }

  /** The reason's first word: every reason starts with its code. */
  static String reasonCode(String error) {
    int end = 0;
    while (end < error.length() && error.charAt(end) != ' ' && error.charAt(end) != ':') {
      end++;
    }
    return end == 0 ? "unknown" : error.substring(0, end);
  }
}
