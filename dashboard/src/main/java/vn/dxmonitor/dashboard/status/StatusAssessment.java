package vn.dxmonitor.dashboard.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Puts units' values against targets at a date: which pairs of unit and target a query covers, and
 * the standing of each, the {@link StatusJudge}'s verdict on the value as published. Pure, given
 * the catalog and the values.
 */
public final class StatusAssessment {

  private final Catalog catalog;
  private final UnitHistory history;
  private final StatusJudge judge;
  private final StatusQuery query;
  private final UnitRegistry registry;

  public StatusAssessment(
      Catalog catalog, UnitHistory history, StatusJudge judge, StatusQuery query) {
    this.catalog = catalog;
    this.history = history;
    this.judge = judge;
    this.query = query;
    this.registry = history.at(query.date());
  }

  /** The assessment a status request reads: the catalog in force on the day asked. */
  public static StatusAssessment of(CatalogSource source, StatusJudge judge, StatusQuery query) {
    return new StatusAssessment(source.catalogOn(query.date()), source.units(), judge, query);
  }

  /** The catalog the units are put against their targets in. */
  public Catalog catalog() {
    return catalog;
  }

  public UnitHistory history() {
    return history;
  }

  /** A unit with one of the targets it is judged against. */
  public record Pair(Unit unit, String indicator, Target target) {

    Pair(Unit unit, Target target) {
      this(unit, target.indicatorId(), target);
    }
  }

  /** For one unit: each indicator's governing target, or the indicator alone if it has none. */
  public List<Pair> governing(Unit unit, Collection<String> reported) {
    List<Pair> pairs = new ArrayList<>();
    for (Indicator indicator : catalog.indicators()) {
      Optional<Target> target =
          catalog.governingTarget(indicator.id(), unit, history, query.date());
      if (target.isPresent()) {
        pairs.add(new Pair(unit, target.get()));
      } else if (reported.contains(indicator.id())) {
        pairs.add(new Pair(unit, indicator.id(), null));
      }
    }
    return pairs;
  }

  /**
   * Every target of the plan with the units it applies to on the date: the one unit asked for, or
   * every unit of the target's level the plan covers. A target whose level was abolished by then
   * stands alone, without a unit.
   */
  public List<Pair> ofPlan(Plan plan, Unit only) {
    List<Pair> pairs = new ArrayList<>();
    java.util.Map<vn.dxmonitor.model.unit.UnitLevel, List<Unit>> byLevel =
        new java.util.EnumMap<>(vn.dxmonitor.model.unit.UnitLevel.class);
    for (Target target : catalog.targets()) {
      if (!target.planId().equals(plan.id())) {
        continue;
      }
      if (target.appliedUntil().filter(day -> day.isBefore(query.date())).isPresent()) {
        pairs.add(new Pair(null, target));
        continue;
      }
      Collection<Unit> candidates =
          only != null
              ? List.of(only)
              : byLevel.computeIfAbsent(
                  target.level(),
                  level -> registry.all().stream().filter(u -> u.level() == level).toList());
      for (Unit unit : candidates) {
        if (catalog
            .targetsFor(target.indicatorId(), unit, history, query.date())
            .contains(target)) {
          pairs.add(new Pair(unit, target));
        }
      }
    }
    return pairs;
  }

  public static Set<String> units(List<Pair> pairs) {
    Set<String> codes = new LinkedHashSet<>();
    pairs.stream().filter(p -> p.unit() != null).forEach(p -> codes.add(p.unit().code()));
    return codes;
  }

  /** The standing of each pair, with {@code values} looked up by unit and indicator. */
  public List<TargetStatus> assess(
      List<Pair> pairs, BiFunction<String, String, Optional<IndicatorValue>> values) {
    List<TargetStatus> out = new ArrayList<>(pairs.size());
    for (Pair pair : pairs) {
      Target target = pair.target();
      if (pair.unit() == null) {
        out.add(entry(null, target, target.indicatorId(), null, null));
        continue;
      }
      String indicator = pair.indicator();
      IndicatorValue value = values.apply(pair.unit().code(), indicator).orElse(null);
      Assessment assessment =
          target == null ? null : judge.judge(catalog, target, value, query.date(), List.of());
      out.add(entry(pair.unit(), target, indicator, value, assessment));
    }
    return out;
  }

  private TargetStatus entry(
      Unit unit, Target target, String indicator, IndicatorValue value, Assessment assessment) {
    return new TargetStatus(
        unit == null ? null : unit.code(),
        unit == null ? null : unit.name(),
        indicator,
        target == null ? null : target.planId(),
        target == null ? null : target.id(),
        target == null ? null : target.comparator().symbol(),
        target == null ? null : target.value(),
        target == null ? null : target.deadline(),
        query.date(),
        value == null ? null : value.window().value(),
        value == null ? null : value.window().numerator(),
        value == null ? null : value.window().denominator(),
        assessment == null ? null : assessment.expected(),
        assessment == null ? null : assessment.gap(),
        assessment == null ? null : assessment.status(),
        assessment == null ? null : assessment.daysBehind(),
        assessment == null ? null : assessment.projected(),
        target == null ? null : target.appliedUntil().orElse(null),
        value == null ? null : value.updatedAt());
  }
}
