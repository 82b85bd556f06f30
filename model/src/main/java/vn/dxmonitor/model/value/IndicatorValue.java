package vn.dxmonitor.model.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Status;

/**
 * The processor's answer for one unit and indicator: the value over the indicator's trailing window
 * and the year to date (with the month's and the quarter's counts), the counts behind them, and
 * where that leaves the unit against the target that governs it. Published to {@code
 * dx.indicator-values} and indexed as-is.
 *
 * <p>The Java record groups the fields by meaning; its JSON stays the one flat object it always was
 * ({@link IndicatorValueJson}), because the topics, the HTTP answers and the queries over the
 * indexed documents name the flat fields.
 *
 * @param updatedAt when the processor made the value
 */
public record IndicatorValue(
    Where where,
    String indicator,
    String kind,
    Window window,
    YearToDate yearToDate,
    Activity activity,
    Standing standing,
    PeriodToDate periodToDate,
    Children children,
    Instant updatedAt) {

  /** Every group is there, if with null fields: the JSON writes each of their fields. */
  public IndicatorValue {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(yearToDate, "yearToDate");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(periodToDate, "periodToDate");
    Objects.requireNonNull(children, "children");
  }

  public String key() {
    return ValueKey.of(where.unit(), indicator);
  }

  @JsonValue
  IndicatorValueJson json() {
    return IndicatorValueJson.of(this);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static IndicatorValue fromJson(IndicatorValueJson json) {
    return json.toValue();
  }

  /** The unit the value is for, as the registry had it when the value was made. */
  public record Where(String unit, String unitName, String level, String parent) {}

  /**
   * The figures over the indicator's trailing window. {@code numerator} and {@code denominator} are
   * the window's counts for a ratio, the compliant and expected units for a coverage, and the count
   * since the plan's start for a counter.
   */
  public record Window(int windowDays, long numerator, long denominator, Double value) {}

  /**
   * The counts and the value from the first of January of {@code year}, with the counts from the
   * first of the month and of the quarter the value was made in, which calendar-window scorecards
   * read.
   */
  public record YearToDate(
      int year,
      long numeratorYtd,
      long denominatorYtd,
      Double valueYtd,
      PeriodCounts monthToDate,
      PeriodCounts quarterToDate) {

    public YearToDate {
      Objects.requireNonNull(monthToDate, "monthToDate");
      Objects.requireNonNull(quarterToDate, "quarterToDate");
    }

    /** Without the month's and the quarter's counts. */
    public YearToDate(int year, long numeratorYtd, long denominatorYtd, Double valueYtd) {
      this(year, numeratorYtd, denominatorYtd, valueYtd, PeriodCounts.NONE, PeriodCounts.NONE);
    }

    /**
     * Whether the month's and the quarter's counts are there. Not in a value made before values
     * carried them, nor in a past day's value rebuilt from a history point written before points
     * kept them — whose year counts are then not kept either.
     */
    public boolean keepsCalendarCounts() {
      return monthToDate.kept() && quarterToDate.kept();
    }
  }

  /**
   * How much the unit has reported. {@code dailyCounts} are a ratio's window day by day (days
   * without counts left out; null for the other kinds), which tell whether the window ending on the
   * deadline can still meet the target ({@link vn.dxmonitor.model.status.StatusJudge}).
   */
  public record Activity(long events, Instant lastEventAt, List<DailyCounts> dailyCounts) {

    public Activity {
      dailyCounts = dailyCounts == null ? null : List.copyOf(dailyCounts);
    }
  }

  /**
   * Where the value leaves the unit against the target that governs it: the observed baseline, the
   * target ({@code targetId} to {@code deadline}) and the processor's judgement of the value when
   * it was made ({@code expected} to {@code daysBehind}); a reader at another moment judges the
   * value again with the same {@code StatusJudge}.
   */
  public record Standing(
      Baseline baseline,
      String targetId,
      String planId,
      String comparator,
      Double target,
      LocalDate deadline,
      Double expected,
      Status status,
      Double gap,
      Long daysBehind) {

    /** No target governs the value and nothing has been observed to start from. */
    public static final Standing NONE =
        new Standing(null, null, null, null, null, null, null, null, null, null);

    /** Without a target, only the baseline the unit started from. */
    public static Standing baselineOnly(Baseline baseline) {
      return new Standing(baseline, null, null, null, null, null, null, null, null, null);
    }

    /** The baseline and the target without the judgement, for a reader to judge again. */
    public Standing unjudged() {
      return new Standing(
          baseline, targetId, planId, comparator, target, deadline, null, null, null, null);
    }
  }

  /** The value since the governing plan's start ({@code periodStart}); both null without a plan. */
  public record PeriodToDate(LocalDate periodStart, Double valuePeriodToDate) {

    public static final PeriodToDate NONE = new PeriodToDate(null, null);
  }

  /**
   * {@code childrenReporting} of {@code childrenExpected} direct children reported within the
   * indicator's cadence; both null for a unit without children.
   */
  public record Children(Integer childrenReporting, Integer childrenExpected) {

    public static final Children NONE = new Children(null, null);
  }
}
