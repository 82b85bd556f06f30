package vn.dxmonitor.processor.check;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Re-validates what arrives on the event topic. Ingest already checked its own events, but any
 * Kafka producer may write here, so the processor trusts nothing it has not checked itself.
 */
public final class EventCheck implements FixedKeyProcessor<String, byte[], CheckedEvent> {

  private static final Logger log = LoggerFactory.getLogger(EventCheck.class);
  private static final String DEFAULT_SOURCE = "kafka";

  private final EventValidator validator;
  private final CatalogSource catalog;
  private FixedKeyProcessorContext<String, CheckedEvent> context;

  public EventCheck(EventValidator validator, CatalogSource catalog) {
    this.validator = validator;
    this.catalog = catalog;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, CheckedEvent> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    context.forward(record.withValue(check(record.value())));
  }

  CheckedEvent check(byte[] raw) {
    if (raw == null) {
      return new CheckedEvent(null, null, "empty: the record has no value");
    }
    MetricEvent event;
    try {
      event = JsonCodec.read(raw, MetricEvent.class);
    } catch (JacksonException e) {
      return rejected(raw, "unparseable: " + e.getOriginalMessage());
    }
    if (event == null) {
      return rejected(raw, "empty: the record is JSON null");
    }
    if (event.source() == null || event.source().isBlank()) {
      event = event.withSource(DEFAULT_SOURCE);
    }
    List<Violation> violations = validator.validate(event);
    if (!violations.isEmpty()) {
      String reason =
          violations.stream()
              .map(v -> v.code() + " " + v.field() + ": " + v.message())
              .collect(Collectors.joining("; "));
      return rejected(raw, reason);
    }
    IndicatorKind kind = catalog.catalog().indicator(event.indicator()).orElseThrow().kind();
    if (kind != IndicatorKind.RATIO_OF_COUNTS) {
      // Kept on the dead-letter topic, whence it can be replayed once the kind is aggregated.
      return rejected(
          raw, "kind-not-aggregated indicator: " + kind.id() + " values are not aggregated yet");
    }
    if (validator.resolveUnit(event) instanceof CodeResolution.Resolved resolved
        && resolved.retiredCode() != null) {
      event = event.withUnit(resolved.unit().code());
    }
    return new CheckedEvent(event, raw, null);
  }

  private CheckedEvent rejected(byte[] raw, String reason) {
    log.warn("Event sent to the dead-letter topic: {}", reason);
    return new CheckedEvent(null, raw, reason);
  }
}
