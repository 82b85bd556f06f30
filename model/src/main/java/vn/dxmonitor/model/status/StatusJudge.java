package vn.dxmonitor.model.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.TreeMap;
import vn.dxmonitor.model.calendar.WorkingDays;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Projection;
import vn.dxmonitor.model.trajectory.WindowCounts;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The one owner of a unit's standing against a target (docs/adr/0004-status-judgement.md): the
 * processor judges the value it publishes with it, the alerting engine the value it receives, the
 * dashboard and the reviews the value they read. Each passes the published value as it is and the
 * day to judge; everything the verdict depends on is decided here, from the value and the catalog
 * in force that day ({@link CatalogSource#catalogOn}):
 *
 * <ul>
 *   <li>silence: a value whose unit was last heard of before the indicator's cadence began counts
 *       as no value, so the status is {@code NO_DATA} whatever its last figure was. A value read on
 *       a later day than it was made stands as it was made, its silence included, until a newer one
 *       replaces it: the processor publishes a new value the moment silence begins, so a reader
 *       that has none has no evidence of silence after the value, and a reader does not take a
 *       stopped processor for silent units;
 *   <li>the baseline: the target's own, else the one observed and carried by the value;
 *   <li>reachability: a ratio's daily counts, carried by the value, can make it {@code
 *       UNREACHABLE};
 *   <li>the projection to the deadline, from the recent daily values the caller keeps (only the
 *       alerting engine keeps any; without them there is none).
 * </ul>
 *
 * Pure: the same value, catalog and day always give the same verdict, so a past day can be replayed
 * for a review.
 */
public final class StatusJudge {

  private final TargetAssessor assessor;

  public StatusJudge(TargetAssessor assessor) {
    this.assessor = assessor;
  }

  public StatusJudge() {
    this(new TargetAssessor());
  }

  /**
   * The unit's standing on {@code day} against one target of {@code catalog}: the one that governs
   * it there ({@link Catalog#governingTarget}), or a plan's target a review reports on.
   *
   * @param catalog the catalog in force on {@code day} ({@link CatalogSource#catalogOn}), which
   *     holds {@code target}
   * @param value the unit's value for the target's indicator; null when it has none
   * @param recent the unit's recent daily values, oldest first, for the projection; may be empty
   */
  public Assessment judge(
      Catalog catalog,
      Target target,
      IndicatorValue value,
      LocalDate day,
      List<Projection.DailyValue> recent) {
    Indicator indicator =
        catalog
            .indicator(target.indicatorId())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "target "
                            + target.id()
                            + " names indicator "
                            + target.indicatorId()
                            + ", which the catalog does not have"));
    Double actual =
        value == null
                || isSilent(
                    value.activity().lastEventAt(),
                    indicator.cadence(),
                    standingDay(value, day),
                    catalog.workingDaysOf(target.planId()))
            ? null
            : value.window().value();
    return assessor.assess(
        target,
        catalog.trajectory(target, value == null ? null : value.standing().baseline()),
        actual,
        day,
        recent,
        windowCounts(indicator, value));
  }

  /**
   * Whether a unit last heard of at {@code lastEventAt} has been silent on {@code day} for longer
   * than the indicator's cadence, days off not counted: offices closed for Tết, or for a day the
   * plan adds, have not stopped reporting ({@link WorkingDays#after}). A unit never heard of, or
   * one whose last event is not known (a past day read from the history), is not silent: it is
   * judged on the figure it has.
   *
   * @param workingDays the working days of the plan that judges the unit
   */
  public static boolean isSilent(
      Instant lastEventAt, Period cadence, LocalDate day, WorkingDays workingDays) {
    return lastEventAt != null
        && day.isAfter(workingDays.after(VietnamTime.dateOf(lastEventAt), cadence));
  }

  /** The day a value speaks for on {@code day}: that day, or the day it was made if earlier. */
  private static LocalDate standingDay(IndicatorValue value, LocalDate day) {
    if (value.updatedAt() == null) {
      return day;
    }
    LocalDate made = VietnamTime.dateOf(value.updatedAt());
    return made.isBefore(day) ? made : day;
  }

  /** The daily counts behind a ratio's value; null for the other kinds or a value without them. */
  private static WindowCounts windowCounts(Indicator indicator, IndicatorValue value) {
    if (indicator.kind() != IndicatorKind.RATIO_OF_COUNTS
        || value == null
        || value.activity().dailyCounts() == null) {
      return null;
    }
    TreeMap<LocalDate, WindowCounts.DayCounts> days = new TreeMap<>();
    for (DailyCounts counts : value.activity().dailyCounts()) {
      days.put(counts.day(), new WindowCounts.DayCounts(counts.numerator(), counts.denominator()));
    }
    return new WindowCounts(indicator.windowDays(), days);
  }
}
