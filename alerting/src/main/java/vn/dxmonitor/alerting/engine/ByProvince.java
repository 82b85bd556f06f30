package vn.dxmonitor.alerting.engine;

import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Keys each indicator value by the province its unit lies in today, so one task judges every unit
 * of a province. A value that names no unit, or a unit the registry does not know, lies in no
 * province and is skipped, through {@link SkippedRecords}; a tombstone is nothing to judge.
 */
final class ByProvince implements Processor<String, IndicatorValue, String, EngineInput> {

  private final EngineSettings settings;
  private ProcessorContext<String, EngineInput> context;

  ByProvince(EngineSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EngineInput> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, IndicatorValue> record) {
    IndicatorValue value = record.value();
    if (value == null) {
      return;
    }
    if (value.where().unit() == null) {
      settings.skipped().noUnit(where());
      return;
    }
    Optional<String> province =
        settings
            .evaluator()
            .provinceOf(value.where().unit(), VietnamTime.dateOf(settings.clock().instant()));
    if (province.isEmpty()) {
      settings.skipped().unknownUnit(where(), value.where().unit());
      return;
    }
    context.forward(record.withKey(province.get()).withValue(EngineInput.of(value)));
  }

  private String where() {
    return context
        .recordMetadata()
        .map(meta -> meta.topic() + "-" + meta.partition() + "@" + meta.offset())
        .orElse("(a punctuation)");
  }
}
