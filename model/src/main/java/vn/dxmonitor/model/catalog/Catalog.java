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
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Trajectory;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Indicators, plans and their targets, and the rules that tie a unit to the target that governs it.
 * Immutable, like {@link UnitRegistry}.
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

  public Optional<Plan> plan(String id) {
    return Optional.ofNullable(id).map(plans::get);
  }

  public List<Target> targets() {
    return targets;
  }

  /** Targets of plans whose scope covers the unit, set for the unit's level. */
  public List<Target> targetsFor(String indicatorId, Unit unit, UnitRegistry units) {
    return targets.stream()
        .filter(t -> t.indicatorId().equals(indicatorId) && t.level() == unit.level())
        .filter(
            t ->
                plans.get(t.planId()).scope().stream()
                    .anyMatch(root -> units.isWithin(unit.code(), root)))
        .toList();
  }

  /**
   * The target a unit is judged against on a date: the one with the nearest deadline still ahead,
   * or, when every deadline has passed, the last one (shown as it closed).
   */
  public Optional<Target> governingTarget(
      String indicatorId, Unit unit, UnitRegistry units, LocalDate asOf) {
    List<Target> candidates = targetsFor(indicatorId, unit, units);
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
   * The target's trajectory: from the baseline, through the earlier targets its plan sets for the
   * same indicator and level (milestones), to the target. A milestone that has passed outweighs a
   * baseline observed after it, because the plan fixed it whatever the unit reported later.
   */
  public Trajectory trajectory(Target target, Baseline baseline) {
    List<TrajectoryPoint> points = new ArrayList<>();
    List<Target> milestones =
        targets.stream()
            .filter(t -> t.planId().equals(target.planId()))
            .filter(
                t -> t.indicatorId().equals(target.indicatorId()) && t.level() == target.level())
            .filter(t -> t.deadline().isBefore(target.deadline()))
            .sorted(java.util.Comparator.comparing(Target::deadline))
            .toList();
    LocalDate firstFixed = milestones.isEmpty() ? target.deadline() : milestones.get(0).deadline();
    if (baseline != null && baseline.date().isBefore(firstFixed)) {
      points.add(new TrajectoryPoint(baseline.date(), baseline.value()));
    }
    for (Target milestone : milestones) {
      points.add(new TrajectoryPoint(milestone.deadline(), milestone.value()));
    }
    points.add(new TrajectoryPoint(target.deadline(), target.value()));
    return new Trajectory(points);
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
