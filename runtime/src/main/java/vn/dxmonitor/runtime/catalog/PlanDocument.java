package vn.dxmonitor.runtime.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan with its targets as the catalog file, the catalog topic and the admin API hold it.
 *
 * @param issuedFor the unit codes it was issued for, as coded on {@code issuedAt}; empty for a
 *     nationwide plan
 * @param start when its trajectories begin; {@code issuedAt} when absent
 * @param reviews the interim and final reviews it schedules, with their award quotas
 * @param reporting by which day of a period's last month its figures are due; the defaults where
 *     absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanDocument(
    String id,
    String name,
    String province,
    String source,
    LocalDate issuedAt,
    LocalDate start,
    List<String> issuedFor,
    List<TargetDocument> targets,
    List<ReviewDocument> reviews,
    ReportingDocument reporting) {

  public PlanDocument(
      String id,
      String name,
      String province,
      String source,
      LocalDate issuedAt,
      LocalDate start,
      List<String> issuedFor,
      List<TargetDocument> targets,
      List<ReviewDocument> reviews) {
    this(id, name, province, source, issuedAt, start, issuedFor, targets, reviews, null);
  }

  public PlanDocument(
      String id,
      String name,
      String province,
      String source,
      LocalDate issuedAt,
      LocalDate start,
      List<String> issuedFor,
      List<TargetDocument> targets) {
    this(id, name, province, source, issuedAt, start, issuedFor, targets, null, null);
  }

  /** The same plan under {@code newId}. */
  public PlanDocument withId(String newId) {
    return new PlanDocument(
        newId, name, province, source, issuedAt, start, issuedFor, targets, reviews, reporting);
  }

  /**
   * The day of a period's last month by which a unit's figures are due, per cadence (1 to 31; a day
   * past the month's end is its last day); a cadence left out keeps its default.
   *
   * @param daysOff days off the plan adds to the public holidays (a bridging day a year's decision
   *     gives, a province's own day): deadlines move past them, reminders and silences count
   *     without them
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReportingDocument(
      Integer monthly,
      Integer quarterly,
      Integer halfYearly,
      Integer yearly,
      List<DayOffDocument> daysOff) {

    public ReportingDocument(
        Integer monthly, Integer quarterly, Integer halfYearly, Integer yearly) {
      this(monthly, quarterly, halfYearly, yearly, null);
    }
  }

  /** A day off a plan adds, with its name as people call it. */
  public record DayOffDocument(LocalDate date, String name) {}

  /**
   * A review (sơ kết, tổng kết) of the movement the plan launches.
   *
   * @param kind {@code interim} or {@code final}
   * @param collectives how many collectives it may award; absent when the plan names no number
   * @param individuals how many individuals it may award; absent when the plan names no number
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReviewDocument(
      String kind, LocalDate date, Integer collectives, Integer individuals) {}

  /**
   * One target of a plan.
   *
   * @param id unique within the plan; {@code indicator/level/deadline-year} when absent
   * @param curve {@code linear} (the default) or {@code step}
   * @param units codes of the units this target overrides the level default for
   * @param note the reading taken where the source was ambiguous
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TargetDocument(
      String id,
      String indicator,
      String level,
      String comparator,
      BigDecimal value,
      LocalDate deadline,
      Point baseline,
      List<Point> milestones,
      String curve,
      BigDecimal tolerance,
      List<String> units,
      String section,
      String quote,
      String note) {}

  /** A value on a date: a baseline or a milestone. */
  public record Point(LocalDate date, BigDecimal value) {}
}
