package vn.dxmonitor.processor.check;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Dead letters as the counter {@code dx.processor.dead-letters}, by reason code. The processor's
 * own reasons are registered at start, so the series exist (at zero) before the first dead letter;
 * the validation codes appear as they occur.
 */
public final class DeadLetterMetrics implements DeadLetterCounter {

  static final List<String> PROCESSORS_OWN = List.of("unparseable", "empty", "too-late");

  private final MeterRegistry registry;

  public DeadLetterMetrics(MeterRegistry registry) {
    this.registry = registry;
    PROCESSORS_OWN.forEach(this::counter);
  }

  @Override
  public void count(String reason) {
    counter(reason).increment();
  }

  private Counter counter(String reason) {
    return Counter.builder("dx.processor.dead-letters")
        .description("Events the processor could not use, sent to dx.metric-events.dlt")
        .tag("reason", reason)
        .register(registry);
  }
}
