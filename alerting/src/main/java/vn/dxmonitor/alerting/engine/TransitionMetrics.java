package vn.dxmonitor.alerting.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Alert transitions as the counter {@code dx.alerting.transitions}, tagged {@code from} ({@code
 * none} for a new alert) and {@code to}. Every pair is registered at start, so rates read zero
 * before the first alert.
 */
public final class TransitionMetrics implements Transitions {

  static final String NONE_STATE = "none";

  private final Map<AlertState, Counter> fromNothing = new EnumMap<>(AlertState.class);
  private final Map<AlertState, Map<AlertState, Counter>> between = new EnumMap<>(AlertState.class);

  public TransitionMetrics(MeterRegistry registry) {
    for (AlertState to : AlertState.values()) {
      fromNothing.put(to, counter(registry, NONE_STATE, to));
      Map<AlertState, Counter> into = new EnumMap<>(AlertState.class);
      for (AlertState from : AlertState.values()) {
        if (from != to) {
          into.put(from, counter(registry, from.name(), to));
        }
      }
      between.put(to, into);
    }
  }

  private static Counter counter(MeterRegistry registry, String from, AlertState to) {
    return Counter.builder("dx.alerting.transitions")
        .description("Alerts that changed state")
        .tag("from", from)
        .tag("to", to.name())
        .register(registry);
  }

  @Override
  public void moved(AlertState from, AlertState to) {
    (from == null ? fromNothing.get(to) : between.get(to).get(from)).increment();
  }
}
