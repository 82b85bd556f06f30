package vn.dxmonitor.processor.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.processor.contribution.Contribution;
import vn.dxmonitor.processor.window.CountHistory;
import vn.dxmonitor.processor.window.Counts;
import vn.dxmonitor.processor.window.PeriodStarts;
import vn.dxmonitor.processor.window.Reports;

/**
 * Everything the processor keeps for one unit and indicator: the counts (ratio, counter), the
 * unit's own reports (measurement, coverage), the sum of its reporting descendants' latest figures,
 * when each child last reported, and the baseline. Mutable: the aggregator reads it, applies a
 * contribution and writes it back within one record's processing.
 */
public final class ValueState {

  private final CountHistory counts;
  private final Reports own;
  private final TreeMap<String, LocalDate> children;
  private double figureSum;
  private long figureReporting;
  private String reporterLevel;
  private Instant lastEventAt;
  private long events;
  private Baseline baseline;
  private long published;
  private boolean pending;
  private LocalDate correctFrom;
  private OpenDay openDay;
  // The children as last encoded, reused while they do not change: a province's list is long, is
  // written with every event that reaches it, and changes only when a child first reports on a day.
  private byte[] encodedChildren;

  public ValueState() {
    this(new CountHistory(), new Reports(), new TreeMap<>(), 0, 0, null, null, 0, null, 0);
  }

  ValueState(
      CountHistory counts,
      Reports own,
      TreeMap<String, LocalDate> children,
      double figureSum,
      long figureReporting,
      String reporterLevel,
      Instant lastEventAt,
      long events,
      Baseline baseline,
      long published) {
    this.counts = counts;
    this.own = own;
    this.children = children;
    this.figureSum = figureSum;
    this.figureReporting = figureReporting;
    this.reporterLevel = reporterLevel;
    this.lastEventAt = lastEventAt;
    this.events = events;
    this.baseline = baseline;
    this.published = published;
  }

  /**
   * Adds what one event contributes and marks the value as not yet published; a contribution to a
   * day before {@code today} also marks that day's point and the ones after it for correction.
   *
   * @param periodStart the start of the period holding the contribution's day
   */
  public void apply(Contribution contribution, LocalDate periodStart, LocalDate today) {
    Instant at = contribution.occurredAt();
    LocalDate day = VietnamTime.dateOf(at);
    pending = true;
    if (day.isBefore(today) && (correctFrom == null || day.isBefore(correctFrom))) {
      correctFrom = day;
    }
    if (contribution.retraction()) {
      // What was taken back is no longer an event of the unit; its last report time and its
      // children's stay as they were: they say when the unit was last heard of.
      events--;
    } else {
      events++;
      if (lastEventAt == null || at.isAfter(lastEventAt)) {
        lastEventAt = at;
      }
      if (contribution.child() != null) {
        LocalDate before = children.get(contribution.child());
        if (before == null || day.isAfter(before)) {
          children.put(contribution.child(), day);
          encodedChildren = null;
        }
      }
    }
    switch (contribution.type()) {
      case COUNTS ->
          counts.add(
              day, periodStart, new Counts(contribution.numerator(), contribution.denominator()));
      case REPORT -> {
        if (contribution.retraction()) {
          own.remove(at);
        } else {
          own.add(at, contribution.value());
        }
      }
      case FIGURE -> {
        figureSum += contribution.value();
        figureReporting += contribution.reporting();
        if (contribution.reporterLevel() != null) {
          reporterLevel = contribution.reporterLevel();
        }
      }
    }
  }

  /**
   * Forgets what no window and no late event can reach any more.
   *
   * @param firstDay the oldest day still kept daily
   * @param firstInstant the oldest instant whose own report is still kept
   * @param starts the days a sum to date can start on; the months of the years before last are
   *     folded into their year's or plan's period (late events reach a year back at most)
   * @return whether anything was forgotten
   */
  public boolean forget(LocalDate firstDay, Instant firstInstant, PeriodStarts starts) {
    int before = counts.days().size() + counts.periods().size() + own.byTime().size();
    counts.forgetDaysBefore(firstDay);
    counts.foldPeriodsBefore(firstDay.withDayOfYear(1).minusYears(1), starts);
    own.forgetBefore(firstInstant);
    return counts.days().size() + counts.periods().size() + own.byTime().size() != before;
  }

  public CountHistory counts() {
    return counts;
  }

  public Reports own() {
    return own;
  }

  /** When each child last reported, directly or through its own descendants. */
  public NavigableMap<String, LocalDate> children() {
    return Collections.unmodifiableNavigableMap(children);
  }

  /** The sum of the reporting descendants' latest figures. */
  public double figureSum() {
    return figureSum;
  }

  /** How many descendants have reported a figure. */
  public long figureReporting() {
    return figureReporting;
  }

  /** The level of the units whose figures are summed: a coverage counts those under the unit. */
  public String reporterLevel() {
    return reporterLevel;
  }

  public Instant lastEventAt() {
    return lastEventAt;
  }

  public long events() {
    return events;
  }

  public Baseline baseline() {
    return baseline;
  }

  public void baseline(Baseline first) {
    this.baseline = first;
  }

  /** A fingerprint of the value last published, so an unchanged one is not sent again. */
  public long published() {
    return published;
  }

  public void published(long fingerprint) {
    this.published = fingerprint;
  }

  /** Whether contributions arrived since the value was last published. */
  public boolean pending() {
    return pending;
  }

  /** The earliest past day whose history point a late contribution changed, or null. */
  public LocalDate correctFrom() {
    return correctFrom;
  }

  /** Marks everything that arrived as published and every correction as sent. */
  void settled() {
    pending = false;
    correctFrom = null;
  }

  OpenDay openDay() {
    return openDay;
  }

  void openDay(OpenDay day) {
    this.openDay = day;
  }

  byte[] encodedChildren() {
    return encodedChildren;
  }

  void encodedChildren(byte[] encoded) {
    this.encodedChildren = encoded;
  }

  void restorePending(boolean pending, LocalDate correctFrom) {
    this.pending = pending;
    this.correctFrom = correctFrom;
  }
}
