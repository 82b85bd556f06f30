package vn.dxmonitor.processor.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.processor.window.Counts;

/**
 * What the events of one publish interval added to one unit and indicator, summed: the counts by
 * day, the unit's own reports, the change in its descendants' figures, the children that reported
 * and on which day. Everything in it adds up in any order, so a province reached by a thousand
 * events in an interval gets one delta instead of a thousand contributions, and the sum is exact.
 */
public final class Delta {

  private final TreeMap<LocalDate, Counts> counts;
  private final TreeMap<Instant, Double> reports;
  private final TreeMap<String, LocalDate> children;
  private double figureChange;
  private long newlyReporting;
  private String reporterLevel;
  private long events;
  private Instant lastEventAt;
  private LocalDate firstDay;

  public Delta() {
    this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, 0, null, 0, null, null);
  }

  Delta(
      TreeMap<LocalDate, Counts> counts,
      TreeMap<Instant, Double> reports,
      TreeMap<String, LocalDate> children,
      double figureChange,
      long newlyReporting,
      String reporterLevel,
      long events,
      Instant lastEventAt,
      LocalDate firstDay) {
    this.counts = counts;
    this.reports = reports;
    this.children = children;
    this.figureChange = figureChange;
    this.newlyReporting = newlyReporting;
    this.reporterLevel = reporterLevel;
    this.events = events;
    this.lastEventAt = lastEventAt;
    this.firstDay = firstDay;
  }

  /** Adds one event's contribution. */
  public Delta add(Contribution contribution) {
    Instant at = contribution.occurredAt();
    LocalDate day = VietnamTime.dateOf(at);
    events++;
    if (lastEventAt == null || at.isAfter(lastEventAt)) {
      lastEventAt = at;
    }
    if (firstDay == null || day.isBefore(firstDay)) {
      firstDay = day;
    }
    if (contribution.child() != null) {
      children.merge(contribution.child(), day, (a, b) -> a.isAfter(b) ? a : b);
    }
    switch (contribution.type()) {
      case COUNTS ->
          counts.merge(
              day, new Counts(contribution.numerator(), contribution.denominator()), Counts::plus);
      // A later report at the same instant corrects the earlier, as in the unit's own reports.
      case REPORT -> reports.put(at, contribution.value());
      case FIGURE -> {
        figureChange += contribution.value();
        newlyReporting += contribution.reporting();
        if (contribution.reporterLevel() != null) {
          reporterLevel = contribution.reporterLevel();
        }
      }
    }
    return this;
  }

  /** The counts added, by the day they were counted on. */
  public NavigableMap<LocalDate, Counts> counts() {
    return Collections.unmodifiableNavigableMap(counts);
  }

  /** The unit's own reports, by the time they were true. */
  public NavigableMap<Instant, Double> reports() {
    return Collections.unmodifiableNavigableMap(reports);
  }

  /** For an ancestor: each child on the way down to a reporting unit, and its latest day. */
  public Map<String, LocalDate> children() {
    return Collections.unmodifiableMap(children);
  }

  /** How the sum of the reporting descendants' latest figures changed. */
  public double figureChange() {
    return figureChange;
  }

  /** How many more descendants now report a figure. */
  public long newlyReporting() {
    return newlyReporting;
  }

  /** The level of the units reporting figures, or null. */
  public String reporterLevel() {
    return reporterLevel;
  }

  /** How many events contributed. */
  public long events() {
    return events;
  }

  /** The latest {@code occurredAt} among them. */
  public Instant lastEventAt() {
    return lastEventAt;
  }

  /** The earliest day among them: a late event corrects the history from there. */
  public LocalDate firstDay() {
    return firstDay;
  }
}
