package vn.dxmonitor.processor.aggregate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The aggregator's passes as the timer {@code dx.processor.punctuation}, by punctuation. */
public final class PunctuationMetrics implements PunctuationTimer {

  private final Map<String, Timer> timers;

  public PunctuationMetrics(MeterRegistry registry) {
    this.timers = Map.of(PUBLISH, timer(registry, PUBLISH), STATUS, timer(registry, STATUS));
  }

  private static Timer timer(MeterRegistry registry, String punctuation) {
    return Timer.builder("dx.processor.punctuation")
        .description("Time of one scheduled pass of the aggregator, which holds its stream thread")
        .tag("punctuation", punctuation)
        .publishPercentileHistogram()
        .register(registry);
  }

  @Override
  public void took(String punctuation, long nanos) {
    timers.get(punctuation).record(nanos, TimeUnit.NANOSECONDS);
  }
}
