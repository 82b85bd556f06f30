package vn.dxmonitor.processor.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Every unit's value recomputed from the events topic alone, the plain way: all events in memory,
 * no windows kept incrementally, no state stores, no transactions. What the processor publishes
 * must equal this after any crash; the two share only the definitions of DESIGN.md.
 *
 * <p>Events come in topic order. Of each idempotency key the latest accepted revision counts: the
 * same content again is a retry, other figures replace the ones in force, a retraction withdraws
 * them; one that would move the figure to another unit, indicator or time counts nothing. Counts go
 * to the unit and every ancestor it had on the event's day; a measurement or coverage keeps each
 * reporting unit's latest report by {@code occurredAt}, and an ancestor's value is read from the
 * latest reports of the reporting units under it today (none for an indicator that does not roll
 * up).
 */
public final class Recount {

  private final CatalogSource catalog;
  private final Map<String, MetricEvent> inForce = new HashMap<>();
  private final Map<String, Long> events = new HashMap<>();
  private final Map<String, TreeMap<LocalDate, long[]>> countsByDay = new HashMap<>();
  private final Map<String, TreeMap<Instant, Report>> reports = new HashMap<>();
  private long counted;

  public Recount(CatalogSource catalog) {
    this.catalog = catalog;
  }

  private record Report(Instant at, double figure, String level) {}

  /**
   * Counts an event the processor accepted: new, or a revision or retraction of the one in force
   * under its idempotency key. A retry is left out.
   *
   * @return whether the event changed what counts
   */
  public boolean add(MetricEvent sent) {
    String key = sent.idempotencyKey();
    MetricEvent prior = inForce.get(key);
    if (prior == null ? sent.retracts() : !prior.sameFigure(sent) || prior.sameContent(sent)) {
      return false;
    }
    Optional<Indicator> found = catalog.catalog().indicator(sent.indicator());
    if (found.isEmpty()) {
      return false;
    }
    if (prior != null && !prior.retracts()) {
      apply(found.get(), prior, -1);
    }
    if (!sent.retracts()) {
      apply(found.get(), sent, 1);
    }
    inForce.put(key, sent);
    counted++;
    return true;
  }

  /** Adds ({@code sign} 1) or takes back (-1) what one event contributes. */
  private void apply(Indicator indicator, MetricEvent sent, int sign) {
    LocalDate day = VietnamTime.dateOf(sent.occurredAt());
    UnitRegistry tree = catalog.units().at(day);
    String unit = resolved(sent, day);
    List<String> reached = new ArrayList<>();
    reached.add(unit);
    boolean counts =
        indicator.kind() == IndicatorKind.RATIO_OF_COUNTS
            || indicator.kind() == IndicatorKind.COUNTER;
    if (counts || indicator.rollup() != Rollup.NONE) {
      tree.ancestors(unit).forEach(ancestor -> reached.add(ancestor.code()));
    }
    for (String code : reached) {
      events.merge(ValueKey.of(code, indicator.id()), (long) sign, Long::sum);
    }
    switch (indicator.kind()) {
      case RATIO_OF_COUNTS, COUNTER -> {
        boolean counter = indicator.kind() == IndicatorKind.COUNTER;
        long numerator = counter ? sent.count() : sent.numerator();
        long denominator = counter ? 0 : sent.denominator();
        for (String code : reached) {
          long[] sums =
              countsByDay
                  .computeIfAbsent(ValueKey.of(code, indicator.id()), k -> new TreeMap<>())
                  .computeIfAbsent(day, d -> new long[2]);
          sums[0] += sign * numerator;
          sums[1] += sign * denominator;
        }
      }
      case MEASUREMENT, COVERAGE -> {
        double figure =
            indicator.kind() == IndicatorKind.MEASUREMENT
                ? sent.value()
                : Boolean.TRUE.equals(sent.compliant()) ? 1 : 0;
        String level = tree.find(unit).map(u -> u.level().id()).orElse(null);
        // Reports are kept to the millisecond, as the processor keeps them.
        Instant at = Instant.ofEpochMilli(sent.occurredAt().toEpochMilli());
        TreeMap<Instant, Report> own =
            reports.computeIfAbsent(ValueKey.of(unit, indicator.id()), k -> new TreeMap<>());
        if (sign > 0) {
          own.put(at, new Report(at, figure, level));
        } else {
          own.remove(at);
        }
      }
    }
  }

  private String resolved(MetricEvent sent, LocalDate day) {
    if (catalog.units().resolve(sent.unit(), day) instanceof CodeResolution.Resolved resolved) {
      return resolved.unit().code();
    }
    return sent.unit();
  }

  /** Events counted so far. */
  public long counted() {
    return counted;
  }

  /** Every unit and indicator some event reached. */
  public Set<String> keys() {
    return events.keySet();
  }

  /**
   * What a key should read.
   *
   * @param today the day the value was computed on
   * @param periodStart where a counter starts: the governing plan's start, null for no plan
   */
  public Optional<Recounted> expected(String key, LocalDate today, LocalDate periodStart) {
    Long reached = events.get(key);
    ValueKey valueKey = ValueKey.parse(key);
    Optional<Indicator> found = catalog.catalog().indicator(valueKey.indicator());
    if (reached == null || found.isEmpty()) {
      return Optional.empty();
    }
    Indicator indicator = found.get();
    TreeMap<LocalDate, long[]> days = countsByDay.getOrDefault(key, new TreeMap<>());
    return Optional.of(
        switch (indicator.kind()) {
          case RATIO_OF_COUNTS -> {
            long[] sum =
                sum(days.subMap(today.minusDays(indicator.windowDays() - 1L), true, today, true));
            yield new Recounted(
                reached, sum[0], sum[1], sum[1] == 0 ? null : 100.0 * sum[0] / sum[1]);
          }
          case COUNTER -> {
            long[] sum = sum(periodStart == null ? days : days.tailMap(periodStart, true));
            yield new Recounted(reached, sum[0], 0, (double) sum[0]);
          }
          case MEASUREMENT -> new Recounted(reached, 0, 0, measurement(valueKey, indicator, today));
          case COVERAGE -> coverage(valueKey, reached, today);
        });
  }

  private static long[] sum(Map<LocalDate, long[]> days) {
    long[] sum = new long[2];
    for (long[] day : days.values()) {
      sum[0] += day[0];
      sum[1] += day[1];
    }
    return sum;
  }

  private Double measurement(ValueKey key, Indicator indicator, LocalDate today) {
    Report own = latest(key.toString());
    if (own != null) {
      return own.figure();
    }
    List<Report> below = reportsBelow(key, today);
    if (below.isEmpty() || indicator.rollup() != Rollup.SUM) {
      return null;
    }
    return below.stream().mapToDouble(Report::figure).sum();
  }

  private Recounted coverage(ValueKey key, long reached, LocalDate today) {
    Report own = latest(key.toString());
    List<Report> below = reportsBelow(key, today);
    if (own != null && below.isEmpty()) {
      return new Recounted(reached, Math.round(own.figure()), 1, 100 * own.figure());
    }
    if (below.isEmpty()) {
      return new Recounted(reached, 0, 0, null);
    }
    String level = below.get(0).level();
    List<Unit> subtree = catalog.units().at(today).subtree(key.unit());
    long expected =
        subtree.stream()
            .filter(u -> !u.code().equals(key.unit()) && u.level().id().equals(level))
            .count();
    long compliant = Math.round(below.stream().mapToDouble(Report::figure).sum());
    return new Recounted(
        reached, compliant, expected, expected == 0 ? null : 100.0 * compliant / expected);
  }

  /** A unit's report in force: its latest by time, or null. */
  private Report latest(String key) {
    TreeMap<Instant, Report> own = reports.get(key);
    return own == null || own.isEmpty() ? null : own.lastEntry().getValue();
  }

  /** The latest reports of the units under {@code key}'s unit, on its indicator. */
  private List<Report> reportsBelow(ValueKey key, LocalDate today) {
    List<Report> below = new ArrayList<>();
    for (Unit unit : catalog.units().at(today).subtree(key.unit())) {
      if (!unit.code().equals(key.unit())) {
        Report report = latest(ValueKey.of(unit.code(), key.indicator()));
        if (report != null) {
          below.add(report);
        }
      }
    }
    return below;
  }
}
