package vn.dxmonitor.processor.contribution;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Turns one checked, first-seen event into what it adds to its unit's value and to every ancestor
 * the unit had on the event's day. Counts go up every level as they are, so a parent's ratio is the
 * ratio of its children's sums. A figure (measurement, coverage) goes to its own unit as a report;
 * its ancestors get the change in the sum of their descendants' latest figures, which this step can
 * tell because it keeps each reporting unit's latest figure. Runs where the event's unit lives, so
 * one unit's reports meet in one store.
 */
public final class Contributor implements Processor<String, MetricEvent, String, Contribution> {

  public static final String STORE = "latest-figures";

  private final CatalogSource catalog;
  private ProcessorContext<String, Contribution> context;
  private KeyValueStore<String, LatestFigure> latest;

  public Contributor(CatalogSource catalog) {
    this.catalog = catalog;
  }

  @Override
  public void init(ProcessorContext<String, Contribution> context) {
    this.context = context;
    this.latest = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, MetricEvent> record) {
    MetricEvent event = record.value();
    Indicator indicator = catalog.catalog().indicator(event.indicator()).orElseThrow();
    UnitRegistry tree = catalog.units().at(VietnamTime.dateOf(event.occurredAt()));
    List<Unit> ancestors = tree.ancestors(event.unit());
    Instant at = event.occurredAt();
    IndicatorKind kind = indicator.kind();
    if (kind == IndicatorKind.RATIO_OF_COUNTS || kind == IndicatorKind.COUNTER) {
      long numerator = kind == IndicatorKind.COUNTER ? event.count() : event.numerator();
      long denominator = kind == IndicatorKind.COUNTER ? 0 : event.denominator();
      send(record, event.unit(), event, Contribution.counts(at, null, numerator, denominator));
      String child = event.unit();
      for (Unit ancestor : ancestors) {
        send(
            record, ancestor.code(), event, Contribution.counts(at, child, numerator, denominator));
        child = ancestor.code();
      }
      return;
    }
    double figure = kind == IndicatorKind.MEASUREMENT ? event.value() : event.compliant() ? 1 : 0;
    send(record, event.unit(), event, Contribution.report(at, figure));
    if (indicator.rollup() == Rollup.NONE || ancestors.isEmpty()) {
      return;
    }
    String key = ValueKey.of(event.unit(), event.indicator());
    LatestFigure before = latest.get(key);
    double change = 0;
    long newlyReporting = 0;
    if (before == null || !at.isBefore(before.occurredAt())) {
      latest.put(key, new LatestFigure(at, figure));
      change = figure - (before == null ? 0 : before.value());
      newlyReporting = before == null ? 1 : 0;
    }
    String level = tree.find(event.unit()).map(unit -> unit.level().id()).orElse(null);
    String child = event.unit();
    for (Unit ancestor : ancestors) {
      send(
          record,
          ancestor.code(),
          event,
          Contribution.figure(at, child, level, change, newlyReporting));
      child = ancestor.code();
    }
  }

  private void send(
      Record<String, MetricEvent> record,
      String unit,
      MetricEvent event,
      Contribution contribution) {
    context.forward(record.withKey(ValueKey.of(unit, event.indicator())).withValue(contribution));
  }
}
