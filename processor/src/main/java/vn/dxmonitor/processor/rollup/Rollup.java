package vn.dxmonitor.processor.rollup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Sends each event to the value of its own unit and of every ancestor it had on the event's date.
 * Summing the same counts at every level makes a parent's ratio the ratio of its children's sums,
 * never a mean of ratios.
 */
public final class Rollup {

  private final CatalogSource catalog;

  public Rollup(CatalogSource catalog) {
    this.catalog = catalog;
  }

  public List<KeyValue<String, MetricEvent>> contributions(MetricEvent event) {
    List<KeyValue<String, MetricEvent>> out = new ArrayList<>();
    out.add(KeyValue.pair(ValueKey.of(event.unit(), event.indicator()), event));
    UnitRegistry tree = catalog.units().at(VietnamTime.dateOf(event.occurredAt()));
    for (Unit ancestor : tree.ancestors(event.unit())) {
      out.add(KeyValue.pair(ValueKey.of(ancestor.code(), event.indicator()), event));
    }
    return out;
  }
}
