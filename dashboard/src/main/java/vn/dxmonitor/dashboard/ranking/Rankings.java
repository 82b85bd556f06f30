package vn.dxmonitor.dashboard.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.status.ValuesAt;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Ranks a level of units on a plan's targets: scores on the day asked, and the places they held a
 * week earlier and at the plan's latest interim review, for the changes. Units are today's (the
 * history is shown under today's units); each is judged against the plan's target that governed its
 * level on each day. A frozen ranking is returned as it was frozen.
 */
@Component
public class Rankings {

  static final int WEEK = 7;

  private final CatalogSource source;
  private final ValuesAt values;
  private final RankingFreezes freezes;
  private final Scoring scoring;
  private final RankingProperties rules;

  public Rankings(
      CatalogSource source, ValuesAt values, RankingFreezes freezes, RankingProperties rules) {
    this.source = source;
    this.values = values;
    this.freezes = freezes;
    this.scoring = new Scoring(rules);
    this.rules = rules;
  }

  /** The units ranked: today's units of the level within the parent that the plan covers. */
  public record Field(Plan plan, List<Unit> units) {}

  public Ranking rank(RankingQuery query) {
    Optional<Freeze> frozen = freezes.find(query.freezeId());
    Plan plan = plan(query.plan(), query.day());
    LocalDate interim = plan.interimReviewBy(query.day()).map(r -> r.date()).orElse(null);
    if (frozen.isPresent()) {
      Freeze freeze = frozen.get();
      return new Ranking(
          query.plan(),
          query.level().id(),
          query.parent(),
          query.day(),
          interim,
          freeze.entries(),
          freeze);
    }
    List<Unit> units = units(query);
    List<Placing.Placed> now = placing(query, units, query.day());
    Map<String, Placing.Placed> weekBefore =
        Placing.byUnit(placing(query, units, query.day().minusDays(WEEK)));
    Map<String, Placing.Placed> atInterim =
        interim == null || interim.equals(query.day())
            ? Map.of()
            : Placing.byUnit(placing(query, units, interim));
    List<RankingEntry> entries = new ArrayList<>(now.size());
    for (Placing.Placed placed : now) {
      Placing.Placed before = weekBefore.get(placed.unit().code());
      Placing.Placed review = atInterim.get(placed.unit().code());
      entries.add(
          new RankingEntry(
              placed.rank(),
              placed.unit().code(),
              placed.unit().name(),
              placed.score(),
              Band.of(placed.score(), rules).id(),
              before == null ? null : before.rank() - placed.rank(),
              review == null ? null : review.rank() - placed.rank(),
              before == null ? null : round(placed.score() - before.score())));
    }
    return new Ranking(
        query.plan(), query.level().id(), query.parent(), query.day(), interim, entries, null);
  }

  /** The plan as the catalog had it on the day; unknown plans are refused by the caller. */
  public Optional<Plan> findPlan(String id, LocalDate day) {
    return catalogOn(day).plan(id);
  }

  private Plan plan(String id, LocalDate day) {
    return findPlan(id, day)
        .orElseThrow(() -> new IllegalArgumentException("no plan " + id + " on " + day));
  }

  private List<Unit> units(RankingQuery query) {
    UnitRegistry registry = source.units().at(query.today());
    List<Unit> candidates =
        query.parent() == null ? new ArrayList<>(registry.all()) : registry.subtree(query.parent());
    return candidates.stream()
        .filter(unit -> unit.level() == query.level())
        .sorted(Comparator.comparing(Unit::code))
        .toList();
  }

  private List<Placing.Placed> placing(RankingQuery query, List<Unit> units, LocalDate day) {
    Catalog catalog = catalogOn(day);
    UnitHistory history = source.units();
    Set<String> indicators = new LinkedHashSet<>();
    for (Target target : catalog.targets()) {
      if (target.planId().equals(query.plan()) && target.level() == query.level()) {
        indicators.add(target.indicatorId());
      }
    }
    Map<Unit, List<Target>> targets = new LinkedHashMap<>();
    for (Unit unit : units) {
      List<Target> governing = new ArrayList<>();
      for (String indicator : indicators) {
        governing(catalog, history, query, unit, indicator, day).ifPresent(governing::add);
      }
      if (!governing.isEmpty()) {
        targets.put(unit, governing);
      }
    }
    ValueTable table =
        targets.isEmpty()
            ? ValueTable.of(List.of())
            : values.read(
                targets.keySet().stream().map(Unit::code).toList(), indicators, day, query.today());
    Map<Unit, Double> scores = new LinkedHashMap<>();
    targets.forEach(
        (unit, governing) ->
            scores.put(
                unit,
                scoring.score(
                    governing.stream()
                        .map(
                            target ->
                                new Scoring.Scored(
                                    target,
                                    table
                                        .find(unit.code(), target.indicatorId())
                                        .map(value -> value.window().value())
                                        .orElse(null)))
                        .toList())));
    return Placing.of(scores);
  }

  /**
   * The plan's target for the unit on the indicator that governs on the day: the nearest deadline
   * not yet passed, else the last one. Whether the plan covers the unit is read today, because the
   * units ranked are today's.
   */
  private static Optional<Target> governing(
      Catalog catalog,
      UnitHistory history,
      RankingQuery query,
      Unit unit,
      String indicator,
      LocalDate day) {
    List<Target> ofPlan =
        catalog.targetsFor(indicator, unit, history, query.today()).stream()
            .filter(t -> t.planId().equals(query.plan()) && t.level() == query.level())
            .toList();
    Optional<Target> live =
        ofPlan.stream()
            .filter(t -> !t.deadline().isBefore(day))
            .min(Comparator.comparing(Target::deadline));
    return live.isPresent() ? live : ofPlan.stream().max(Comparator.comparing(Target::deadline));
  }

  private Catalog catalogOn(LocalDate day) {
    return source.catalogOn(day);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
