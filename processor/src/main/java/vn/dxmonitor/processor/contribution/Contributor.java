package vn.dxmonitor.processor.contribution;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
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
import vn.dxmonitor.processor.pacing.Publishing;

/**
 * Turns each checked, first-seen event into what it adds to its unit's value and to every ancestor
 * the unit had on the event's day, and sums those contributions per unit and indicator until the
 * next send: a province that a thousand events of this partition reach within an interval gets one
 * {@link Delta}. Counts go up every level as they are, so a parent's ratio is the ratio of its
 * children's sums. A figure (measurement, coverage) goes to its own unit as a report; its ancestors
 * get the change in the sum of their descendants' latest figures, which this step can tell because
 * it keeps each reporting unit's latest figure. Runs where the event's unit lives, so one unit's
 * reports meet in one store.
 *
 * <p>The deltas not yet sent are kept in a changelogged store, written with every event, so they
 * are committed together with the input offsets: a crash between an event and the next send loses
 * nothing, and what was pending is found again when the task starts.
 */
public final class Contributor implements Processor<String, MetricEvent, String, Delta> {

  public static final String STORE = "latest-figures";
  public static final String PENDING = "pending-deltas";

  private final CatalogSource catalog;
  private final Publishing publishing;
  private final Clock clock;
  // The deltas not yet sent, each the very object last written to the pending store.
  private final Map<String, Delta> pending = new LinkedHashMap<>();
  // The record time of the oldest event not yet sent: the deltas carry it downstream, where it
  // tells a backlog from live traffic too.
  private long oldestPending = Long.MAX_VALUE;
  private long lastSent;
  private ProcessorContext<String, Delta> context;
  private KeyValueStore<String, LatestFigure> latest;
  private KeyValueStore<String, Delta> deltas;

  public Contributor(CatalogSource catalog, Publishing publishing, Clock clock) {
    this.catalog = catalog;
    this.publishing = publishing;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Delta> context) {
    this.context = context;
    this.latest = context.getStateStore(STORE);
    this.deltas = context.getStateStore(PENDING);
    pending.clear();
    try (KeyValueIterator<String, Delta> all = deltas.all()) {
      while (all.hasNext()) {
        KeyValue<String, Delta> entry = all.next();
        pending.put(entry.key, entry.value);
      }
    }
    oldestPending = pending.isEmpty() ? Long.MAX_VALUE : 0;
    context.schedule(publishing.interval(), PunctuationType.WALL_CLOCK_TIME, wall -> send());
  }

  @Override
  public void process(Record<String, MetricEvent> record) {
    MetricEvent event = record.value();
    Indicator indicator = catalog.catalog().indicator(event.indicator()).orElseThrow();
    UnitRegistry tree = catalog.units().at(VietnamTime.dateOf(event.occurredAt()));
    List<Unit> ancestors = tree.ancestors(event.unit());
    Instant at = event.occurredAt();
    IndicatorKind kind = indicator.kind();
    oldestPending = Math.min(oldestPending, record.timestamp());
    if (kind == IndicatorKind.RATIO_OF_COUNTS || kind == IndicatorKind.COUNTER) {
      long numerator = kind == IndicatorKind.COUNTER ? event.count() : event.numerator();
      long denominator = kind == IndicatorKind.COUNTER ? 0 : event.denominator();
      add(event.unit(), event, Contribution.counts(at, null, numerator, denominator));
      String child = event.unit();
      for (Unit ancestor : ancestors) {
        add(ancestor.code(), event, Contribution.counts(at, child, numerator, denominator));
        child = ancestor.code();
      }
      return;
    }
    double figure = kind == IndicatorKind.MEASUREMENT ? event.value() : event.compliant() ? 1 : 0;
    add(event.unit(), event, Contribution.report(at, figure));
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
      add(ancestor.code(), event, Contribution.figure(at, child, level, change, newlyReporting));
      child = ancestor.code();
    }
  }

  private void add(String unit, MetricEvent event, Contribution contribution) {
    String key = ValueKey.of(unit, event.indicator());
    Delta delta = pending.computeIfAbsent(key, k -> new Delta()).add(contribution);
    deltas.put(key, delta);
  }

  private void send() {
    long now = clock.millis();
    if (pending.isEmpty() || !publishing.due(now - lastSent, now - oldestPending)) {
      return;
    }
    long timestamp = Math.min(oldestPending, now);
    pending.forEach(
        (key, delta) -> {
          context.forward(new Record<>(key, delta, timestamp));
          deltas.delete(key);
        });
    pending.clear();
    oldestPending = Long.MAX_VALUE;
    lastSent = now;
  }
}
