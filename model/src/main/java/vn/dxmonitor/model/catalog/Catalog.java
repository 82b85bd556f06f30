package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dxmonitor.model.calendar.WorkingDays;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * Indicators, plans and their targets, and the rules that tie a unit to the target that governs it.
 * Immutable, like {@link UnitHistory}.
 */
public final class Catalog {

  private final Map<String, Indicator> indicators;
  private final Map<String, Plan> plans;
  private final List<Target> targets;

  public Catalog(Collection<Indicator> indicators, Collection<Plan> plans, List<Target> targets) {
    this.indicators = index(indicators, Indicator::id, "indicator");
    this.plans = index(plans, Plan::id, "plan");
    index(targets, Target::id, "target");
    for (Target target : targets) {
      if (!this.indicators.containsKey(target.indicatorId())) {
        throw new IllegalArgumentException(
            "target " + target.id() + " names unknown indicator " + target.indicatorId());
      }
      if (!this.plans.containsKey(target.planId())) {
        throw new IllegalArgumentException(
            "target " + target.id() + " names unknown plan " + target.planId());
      }
    }
    this.targets = List.copyOf(targets);
  }

  public Collection<Indicator> indicators() {
    return indicators.values();
  }

  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(id).map(indicators::get);
  }

  public Collection<Plan> plans() {
    return plans.values();
  }

  /**
   * The working days of the plan {@code planId}: its own days off besides the public holidays; the
   * public holidays alone for a plan the catalog does not have.
   */
  public WorkingDays workingDaysOf(String planId) {
    return plan(planId).map(plan -> plan.reporting().workingDays()).orElse(WorkingDays.national());
  }

  public Optional<Plan> plan(String id) {
    return Optional.ofNullable(id).map(plans::get);
  }

  public List<Target> targets() {
    return targets;
  }

  /**
   * Targets of plans whose scope covers the unit on {@code date}, set for the unit's level; where a
   * plan overrides its level default for the unit (alone or in a peer group) at a deadline, the
   * override replaces the default.
   */
  public List<Target> targetsFor(String indicatorId, Unit unit, UnitHistory units, LocalDate date) {
    List<Target> applicable =
        targets.stream()
            .filter(t -> t.indicatorId().equals(indicatorId) && t.level() == unit.level())
            .filter(t -> t.appliesTo(unit.code()))
            .filter(t -> covers(plans.get(t.planId()), unit, units, date))
            .toList();
    return applicable.stream()
        .filter(
            t ->
                t.isOverride()
                    || applicable.stream()
                        .noneMatch(
                            o ->
                                o.isOverride()
                                    && o.planId().equals(t.planId())
                                    && o.deadline().equals(t.deadline())))
        .toList();
  }

  /**
   * The target a unit is judged against on a date: the one with the nearest deadline still ahead,
   * or, when every deadline has passed, the last one (shown as it closed).
   */
  public Optional<Target> governingTarget(
      String indicatorId, Unit unit, UnitHistory units, LocalDate asOf) {
    List<Target> candidates = targetsFor(indicatorId, unit, units, asOf);
    Optional<Target> live =
        candidates.stream()
            .filter(t -> !t.deadline().isBefore(asOf))
            .min(java.util.Comparator.comparing(Target::deadline));
    if (live.isPresent()) {
      return live;
    }
    return candidates.stream().max(java.util.Comparator.comparing(Target::deadline));
  }

  /**
   * The target's trajectory: from the baseline (the target's own, else the one observed), through
   * its milestones and the earlier targets its plan sets for the same indicator and units, to the
   * target. A milestone that has passed outweighs a baseline observed after it, because the plan
   * fixed it whatever the unit reported later; where an explicit milestone and an earlier target
   * fall on the same day, the explicit milestone wins.
   */
  public Trajectory trajectory(Target target, Baseline observed) {
    java.util.TreeMap<LocalDate, Double> fixed = new java.util.TreeMap<>();
    targets.stream()
        .filter(t -> t.planId().equals(target.planId()))
        .filter(t -> t.indicatorId().equals(target.indicatorId()) && t.level() == target.level())
        .filter(t -> t.units().equals(target.units()))
        .filter(t -> t.deadline().isBefore(target.deadline()))
        .forEach(t -> fixed.put(t.deadline(), t.value()));
    for (TrajectoryPoint milestone : target.milestones()) {
      if (milestone.date().isBefore(target.deadline())) {
        fixed.put(milestone.date(), milestone.value());
      }
    }
    fixed.put(target.deadline(), target.value());
    List<TrajectoryPoint> points = new ArrayList<>();
    Baseline baseline = target.baseline() != null ? target.baseline() : observed;
    if (baseline != null && baseline.date().isBefore(fixed.firstKey())) {
      points.add(new TrajectoryPoint(baseline.date(), baseline.value()));
    }
    fixed.forEach((date, value) -> points.add(new TrajectoryPoint(date, value)));
    return new Trajectory(points, target.curve());
  }

  private static boolean covers(Plan plan, Unit unit, UnitHistory units, LocalDate date) {
    return plan.issuedFor().isEmpty()
        || units.covers(plan.issuedFor(), plan.scopeDate(), unit.code(), date);
  }

  private static <T> Map<String, T> index(
      Collection<T> items, Function<T, String> id, String what) {
    Map<String, T> map =
        items.stream()
            .collect(
                Collectors.toMap(
                    id,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException("duplicate " + what + " " + id.apply(a));
                    },
                    LinkedHashMap::new));
    return Collections.unmodifiableMap(map);
  }
}
