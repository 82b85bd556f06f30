package vn.dxmonitor.processor.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.contribution.Contribution;
import vn.dxmonitor.processor.window.PeriodStarts;

/**
 * Keeps the state of every unit and indicator, applies what each event contributes, and publishes
 * the value when it changed. On a wall clock it re-evaluates every key, because a trajectory moves,
 * a trailing window slides and silence turns into {@code NO_DATA} without any event: a value is
 * published then only if something in it changed.
 */
public final class Aggregator implements Processor<String, Contribution, String, Published> {

  public static final String STORE = "indicator-state";

  private final CatalogSource catalog;
  private final ValueMaker values;
  private final HistoryPoints history;
  private final Clock clock;
  private final Duration grace;
  private final Duration statusInterval;
  private ProcessorContext<String, Published> context;
  private KeyValueStore<String, ValueState> states;

  public Aggregator(
      CatalogSource catalog,
      ValueMaker values,
      Clock clock,
      Duration grace,
      Duration statusInterval) {
    this.catalog = catalog;
    this.values = values;
    this.history = new HistoryPoints(catalog);
    this.clock = clock;
    this.grace = grace;
    this.statusInterval = statusInterval;
  }

  @Override
  public void init(ProcessorContext<String, Published> context) {
    this.context = context;
    this.states = context.getStateStore(STORE);
    context.schedule(statusInterval, PunctuationType.WALL_CLOCK_TIME, wall -> reevaluate());
  }

  @Override
  public void process(Record<String, Contribution> record) {
    String key = record.key();
    Optional<Indicator> indicator = catalog.catalog().indicator(ValueKey.parse(key).indicator());
    if (indicator.isEmpty()) {
      return;
    }
    ValueState state = states.get(key);
    if (state == null) {
      state = new ValueState();
    }
    Contribution contribution = record.value();
    LocalDate day = VietnamTime.dateOf(contribution.occurredAt());
    state.apply(contribution, periodStarts().periodOf(day));
    Instant now = clock.instant();
    forget(state, indicator.get(), now);
    publish(key, state, now, record.timestamp());
    LocalDate today = VietnamTime.dateOf(now);
    if (day.isBefore(today)) {
      history
          .between(key, state, indicator.get(), day, today.minusDays(1))
          .forEach(point -> forward(point.key(), Published.point(point), record.timestamp()));
    }
    states.put(key, state);
  }

  private void reevaluate() {
    Instant now = clock.instant();
    // Written back after the iteration: a store is not changed under its own iterator.
    List<KeyValue<String, ValueState>> changed = new ArrayList<>();
    try (KeyValueIterator<String, ValueState> all = states.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueState> entry = all.next();
        ValueState state = entry.value;
        Optional<Indicator> indicator =
            catalog.catalog().indicator(ValueKey.parse(entry.key).indicator());
        boolean forgot = indicator.isPresent() && forget(state, indicator.get(), now);
        if (publish(entry.key, state, now, now.toEpochMilli()) || forgot) {
          changed.add(entry);
        }
      }
    }
    states.putAll(changed);
  }

  /** Publishes the value and today's point if they changed; returns whether it did. */
  private boolean publish(String key, ValueState state, Instant now, long timestamp) {
    Optional<IndicatorValue> made = values.make(key, state, now);
    if (made.isEmpty()) {
      return false;
    }
    IndicatorValue value = made.get();
    long fingerprint = Fingerprint.of(value);
    if (fingerprint == state.published()) {
      return false;
    }
    state.published(fingerprint);
    forward(key, Published.value(value), timestamp);
    var today = HistoryPoints.today(value);
    forward(today.key(), Published.point(today), timestamp);
    return true;
  }

  private boolean forget(ValueState state, Indicator indicator, Instant now) {
    LocalDate today = VietnamTime.dateOf(now);
    int days = Math.max(indicator.windowDays(), 1) + (int) grace.toDays();
    return state.forget(today.minusDays(days), now.minus(grace));
  }

  private PeriodStarts periodStarts() {
    return PeriodStartsCache.of(catalog.catalog());
  }

  private void forward(String key, Published published, long timestamp) {
    context.forward(new Record<>(key, published, timestamp));
  }
}
