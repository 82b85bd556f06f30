package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * One quantifiable target (chỉ tiêu) of a plan: the indicator must compare with {@code value} at
 * units of {@code level} by {@code deadline}. {@code quote} is the sentence of the source document
 * it comes from, {@code ambiguity} the reading taken where that sentence was unclear. {@code
 * audience} is set when the target is a province-wide share over residents ({@code population}),
 * households, enterprises or every sector ({@code any}): the unit measured is then the province.
 * {@code section} names the part of the document the target sits in, when it has several.
 *
 * @param baseline where the trajectory starts; null to take the first value observed since the
 *     plan's start
 * @param milestones intermediate values the plan fixes on the way, before the deadline
 * @param curve how the expected value moves between points
 * @param tolerance how far below the trajectory still counts as at risk; null for the default
 * @param units when not empty, the units (one, or a peer group) this target overrides the level
 *     default for; empty, the level default
 */
public record Target(
    String id,
    String planId,
    String indicatorId,
    UnitLevel level,
    Comparator comparator,
    double value,
    LocalDate deadline,
    String quote,
    String ambiguity,
    String audience,
    String section,
    Baseline baseline,
    List<TrajectoryPoint> milestones,
    Curve curve,
    Double tolerance,
    Set<String> units) {

  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(deadline, "deadline");
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    curve = curve == null ? Curve.LINEAR : curve;
    units = units == null ? Set.of() : Set.copyOf(units);
  }

  /** A level-wide target with the default trajectory: observed baseline, linear, no milestones. */
  public Target(
      String id,
      String planId,
      String indicatorId,
      UnitLevel level,
      Comparator comparator,
      double value,
      LocalDate deadline,
      String quote,
      String ambiguity,
      String audience,
      String section) {
    this(
        id,
        planId,
        indicatorId,
        level,
        comparator,
        value,
        deadline,
        quote,
        ambiguity,
        audience,
        section,
        null,
        List.of(),
        Curve.LINEAR,
        null,
        Set.of());
  }

  public boolean isMetBy(double actual) {
    return comparator.isMet(actual, value);
  }

  /** True when this target overrides the level default for particular units. */
  public boolean isOverride() {
    return !units.isEmpty();
  }

  /** True when the target can govern the unit: a level default, or an override naming it. */
  public boolean appliesTo(String unitCode) {
    return units.isEmpty() || units.contains(unitCode);
  }

  /**
   * The last day the target applied, when its level was abolished (the district level on
   * 2025-07-01); empty while units of its level exist.
   */
  public java.util.Optional<LocalDate> appliedUntil() {
    return level.abolishedOn().map(day -> day.minusDays(1));
  }
}
