package vn.dxmonitor.processor.rollup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Sends each event to the value of its own unit and of every ancestor. Summing the same counts at
 * every level makes a parent's ratio the ratio of its children's sums, never a mean of ratios.
 */
public final class Rollup {

  private final UnitRegistry units;

  public Rollup(UnitRegistry units) {
    this.units = units;
  }

  public List<KeyValue<String, MetricEvent>> contributions(MetricEvent event) {
    List<KeyValue<String, MetricEvent>> out = new ArrayList<>();
    out.add(KeyValue.pair(ValueKey.of(event.unit(), event.indicator()), event));
    for (Unit ancestor : units.ancestors(event.unit())) {
      out.add(KeyValue.pair(ValueKey.of(ancestor.code(), event.indicator()), event));
    }
    return out;
  }
}
