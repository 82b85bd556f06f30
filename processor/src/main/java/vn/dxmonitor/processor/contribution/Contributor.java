package vn.dxmonitor.processor.contribution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.RevisionWindows;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.runtime.kafka.EventKeys;

/**
 * Turns one checked, first-seen event into what it adds to its unit's value and to every ancestor
 * the unit had on the event's day. Counts go up every level as they are, so a parent's ratio is the
 * ratio of its children's sums. A figure (measurement, coverage) goes to its own unit as a report;
 * its ancestors get the change in the sum of their descendants' latest figures, which this step can
 * tell because it keeps each reporting unit's figures. An event taken back (a retraction, or the
 * figure a revision replaces) sends the same contributions negated. Runs where the event's key
 * ({@code province|indicator}, see {@link EventKeys}) lives, so one unit's reports meet in one
 * store, and marks each contribution local when the value it changes lives there too.
 */
public final class Contributor
    implements Processor<String, MetricEvent, String, AddressedContribution> {

  public static final String STORE = "reported-figures";

  private final CatalogSource catalog;
  private final RevisionWindows windows;
  private ProcessorContext<String, AddressedContribution> context;
  private KeyValueStore<String, ReportedFigures> reported;

  public Contributor(CatalogSource catalog, RevisionWindows windows) {
    this.catalog = catalog;
    this.windows = windows;
  }

  @Override
  public void init(ProcessorContext<String, AddressedContribution> context) {
    this.context = context;
    this.reported = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, MetricEvent> record) {
    MetricEvent event = record.value();
    Indicator indicator = catalog.catalog().indicator(event.indicator()).orElseThrow();
    UnitHistory units = catalog.units();
    UnitRegistry tree = units.at(VietnamTime.dateOf(event.occurredAt()));
    List<Unit> ancestors = tree.ancestors(event.unit());
    Home home = new Home(units, event, record.key());
    Instant at = event.occurredAt();
    boolean removal = event.retracts();
    IndicatorKind kind = indicator.kind();
    if (kind == IndicatorKind.RATIO_OF_COUNTS || kind == IndicatorKind.COUNTER) {
      long numerator = kind == IndicatorKind.COUNTER ? event.count() : event.numerator();
      long denominator = kind == IndicatorKind.COUNTER ? 0 : event.denominator();
      send(record, home, event.unit(), counts(removal, at, null, numerator, denominator));
      String child = event.unit();
      for (Unit ancestor : ancestors) {
        send(record, home, ancestor.code(), counts(removal, at, child, numerator, denominator));
        child = ancestor.code();
      }
      return;
    }
    double figure = kind == IndicatorKind.MEASUREMENT ? event.value() : event.compliant() ? 1 : 0;
    send(
        record,
        home,
        event.unit(),
        removal ? Contribution.withdrawal(at) : Contribution.report(at, figure));
    if (indicator.rollup() == Rollup.NONE || ancestors.isEmpty()) {
      return;
    }
    String key = ValueKey.of(event.unit(), event.indicator());
    ReportedFigures figures = reported.get(key);
    if (figures == null) {
      figures = new ReportedFigures();
    }
    Map.Entry<Instant, Double> before = figures.latest();
    if (removal) {
      figures.remove(at);
    } else {
      figures.put(at, figure);
      figures.forgetBefore(at.minus(windows.of(indicator)));
    }
    Map.Entry<Instant, Double> after = figures.latest();
    double change =
        (after == null ? 0 : after.getValue()) - (before == null ? 0 : before.getValue());
    long reporting = (after == null ? 0 : 1) - (before == null ? 0 : 1);
    if (figures.isEmpty()) {
      reported.delete(key);
    } else {
      reported.put(key, figures);
    }
    String level = tree.find(event.unit()).map(unit -> unit.level().id()).orElse(null);
    String child = event.unit();
    for (Unit ancestor : ancestors) {
      send(
          record,
          home,
          ancestor.code(),
          Contribution.figure(at, child, level, change, reporting, removal));
      child = ancestor.code();
    }
  }

  private static Contribution counts(
      boolean removal, Instant at, String child, long numerator, long denominator) {
    return removal
        ? Contribution.uncounts(at, child, numerator, denominator)
        : Contribution.counts(at, child, numerator, denominator);
  }

  private void send(
      Record<String, MetricEvent> record, Home home, String unit, Contribution contribution) {
    String indicator = record.value().indicator();
    context.forward(
        record
            .withKey(ValueKey.of(unit, indicator))
            .withValue(new AddressedContribution(contribution, home.holds(unit))));
  }

  /**
   * The province whose partition this event was read in: a unit's value is here when the unit's
   * last root is that province, and the event was keyed by it.
   */
  private record Home(UnitHistory units, String root, boolean keyedByRoot) {

    Home(UnitHistory units, MetricEvent event, String key) {
      this(
          units,
          units.lastRoot(event.unit()),
          key.equals(EventKeys.route(event.unit(), event.indicator(), units)));
    }

    boolean holds(String unit) {
      return keyedByRoot && units.lastRoot(unit).equals(root);
    }
  }
}
