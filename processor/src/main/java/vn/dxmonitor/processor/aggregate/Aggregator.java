package vn.dxmonitor.processor.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.dxmonitor.model.event.RevisionWindows;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.contribution.Contribution;
import vn.dxmonitor.processor.window.PeriodStarts;

/**
 * Keeps the state of every unit and indicator and publishes its value on a clock, not on every
 * event: a province that a thousand events reach within one publish interval is published once, so
 * what goes downstream — and into Elasticsearch — grows with the keys that changed, not with the
 * events.
 *
 * <p>Each contribution is applied to the key's state, which is then marked pending in the store
 * itself: the mark is committed with the input offsets, so a crash between an event and the next
 * publish loses nothing, and the keys still pending are found again when the task starts. Every
 * publish interval the pending keys are published; every status interval all keys are re-evaluated,
 * because a trajectory moves, a trailing window slides and silence turns into {@code NO_DATA}
 * without any event. A value goes out only if something in it changed.
 *
 * <p>The history holds closed days: a day's point is sent once the day is over (the value as it
 * last stood that day), and again for every past day a late event corrected.
 */
public final class Aggregator implements Processor<String, Contribution, String, Published> {

  public static final String STORE = "indicator-state";

  private final CatalogSource catalog;
  private final ValueMaker values;
  private final HistoryPoints history;
  private final Clock clock;
  private final RevisionWindows windows;
  private final PunctuationTimer timer;
  private final Publishing publishing;
  private final Duration statusInterval;
  // The states with contributions not yet published, in the order they came, each the very object
  // last written to the store: a copy of the pending marks there, rebuilt from them when the task
  // starts, which spares reading and decoding them again.
  private final Map<String, ValueState> pending = new LinkedHashMap<>();
  // The record time of the oldest contribution not yet published: far behind the clock, the
  // processor is catching up.
  private long oldestPending = Long.MAX_VALUE;
  private long lastPublished;
  private ProcessorContext<String, Published> context;
  private KeyValueStore<String, ValueState> states;

  public Aggregator(
      CatalogSource catalog,
      ValueMaker values,
      Clock clock,
      RevisionWindows windows,
      Publishing publishing,
      Duration statusInterval,
      PunctuationTimer timer) {
    this.catalog = catalog;
    this.values = values;
    this.history = new HistoryPoints(catalog);
    this.clock = clock;
    this.windows = windows;
    this.publishing = publishing;
    this.statusInterval = statusInterval;
    this.timer = timer;
  }

  @Override
  public void init(ProcessorContext<String, Published> context) {
    this.context = context;
    this.states = context.getStateStore(STORE);
    pending.clear();
    oldestPending = Long.MAX_VALUE;
    try (KeyValueIterator<String, ValueState> all = states.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueState> entry = all.next();
        if (entry.value.pending()) {
          pending.put(entry.key, entry.value);
        }
      }
    }
    context.schedule(
        publishing.interval(),
        PunctuationType.WALL_CLOCK_TIME,
        wall -> timed(PunctuationTimer.PUBLISH, this::publishPending));
    context.schedule(
        statusInterval,
        PunctuationType.WALL_CLOCK_TIME,
        wall -> timed(PunctuationTimer.STATUS, this::reevaluate));
  }

  private void timed(String punctuation, Runnable pass) {
    long start = System.nanoTime();
    pass.run();
    timer.took(punctuation, System.nanoTime() - start);
  }

  @Override
  public void process(Record<String, Contribution> record) {
    String key = record.key();
    if (indicator(key).isEmpty()) {
      return;
    }
    ValueState state = pending.get(key);
    if (state == null) {
      state = states.get(key);
    }
    if (state == null) {
      state = new ValueState();
    }
    LocalDate day = VietnamTime.dateOf(record.value().occurredAt());
    state.apply(record.value(), periodStarts().periodOf(day), VietnamTime.dateOf(clock.instant()));
    states.put(key, state);
    pending.put(key, state);
    oldestPending = Math.min(oldestPending, record.timestamp());
  }

  private void publishPending() {
    Instant now = clock.instant();
    long millis = now.toEpochMilli();
    if (pending.isEmpty() || !publishing.due(millis - lastPublished, millis - oldestPending)) {
      return;
    }
    pending.forEach(
        (key, state) -> {
          settle(key, state, now);
          states.put(key, state);
        });
    pending.clear();
    oldestPending = Long.MAX_VALUE;
    lastPublished = millis;
  }

  private void reevaluate() {
    Instant now = clock.instant();
    // Written back after the iteration: a store is not changed under its own iterator.
    List<KeyValue<String, ValueState>> changed = new ArrayList<>();
    try (KeyValueIterator<String, ValueState> all = states.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueState> entry = all.next();
        ValueState state = pending.getOrDefault(entry.key, entry.value);
        if (settle(entry.key, state, now)) {
          changed.add(KeyValue.pair(entry.key, state));
        }
      }
    }
    states.putAll(changed);
    pending.clear();
    oldestPending = Long.MAX_VALUE;
  }

  /**
   * Brings what was published of one key up to date: closes the day that ended, sends the points a
   * late event corrected, and the value if it changed.
   *
   * @return whether the state changed and must be written back
   */
  private boolean settle(String key, ValueState state, Instant now) {
    Optional<Indicator> indicator = indicator(key);
    LocalDate today = VietnamTime.dateOf(now);
    long timestamp = now.toEpochMilli();
    boolean changed = state.pending();
    ValueKey valueKey = ValueKey.parse(key);
    OpenDay open = state.openDay();
    if (open != null && open.day().isBefore(today)) {
      HistoryPoint closed = open.point(valueKey);
      forward(closed.key(), Published.point(closed), timestamp);
      state.openDay(null);
      changed = true;
    }
    LocalDate correctFrom = state.correctFrom();
    if (correctFrom != null && indicator.isPresent()) {
      history
          .between(valueKey, state, indicator.get(), correctFrom, today.minusDays(1))
          .forEach(point -> forward(point.key(), Published.point(point), timestamp));
    }
    changed |= correctFrom != null;
    // Only once the corrected points are out: they are computed from the days about to be
    // forgotten.
    if (indicator.isPresent()) {
      Duration window = windows.of(indicator.get());
      int days = Math.max(indicator.get().windowDays(), 1) + (int) window.toDays();
      changed |= state.forget(today.minusDays(days), now.minus(window), periodStarts());
    }
    state.settled();
    Optional<IndicatorValue> made = values.make(key, state, now);
    if (made.isEmpty()) {
      return changed;
    }
    IndicatorValue value = made.get();
    if (state.openDay() == null) {
      state.openDay(OpenDay.of(value));
      changed = true;
    }
    long fingerprint = Fingerprint.of(value);
    if (fingerprint == state.published()) {
      return changed;
    }
    state.published(fingerprint);
    state.openDay(OpenDay.of(value));
    forward(key, Published.value(value), timestamp);
    return true;
  }

  private Optional<Indicator> indicator(String key) {
    return catalog.catalog().indicator(ValueKey.parse(key).indicator());
  }

  private PeriodStarts periodStarts() {
    return PeriodStartsCache.of(catalog.catalog());
  }

  private void forward(String key, Published published, long timestamp) {
    context.forward(new Record<>(key, published, timestamp));
  }
}
