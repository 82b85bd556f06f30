package vn.dxmonitor.processor.support;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.UnitLevel;

/** The built-in catalog, and one indicator of each other kind under a plan of this year. */
public final class EveryKindCatalog {

  /** A measurement whose province sums its communes. */
  public static final String SUMMED = "smes-on-platforms";

  /** A measurement that does not roll up, with a province target. */
  public static final String SHARE = "digital-economy-share";

  public static final String COUNTER = "smart-services";
  public static final String COVERAGE = "fiber-communes";
  public static final LocalDate PLAN_START = LocalDate.of(2026, 3, 1);

  private EveryKindCatalog() {}

  public static Catalog create() {
    Catalog builtIn = BuiltInCatalog.create();
    List<Indicator> indicators = new ArrayList<>(builtIn.indicators());
    indicators.add(indicator(SUMMED, IndicatorKind.MEASUREMENT, Period.ofMonths(1), Rollup.SUM));
    indicators.add(indicator(SHARE, IndicatorKind.MEASUREMENT, Period.ofYears(1), Rollup.NONE));
    indicators.add(indicator(COUNTER, IndicatorKind.COUNTER, Period.ofMonths(1), Rollup.SUM));
    indicators.add(
        indicator(COVERAGE, IndicatorKind.COVERAGE, Period.ofMonths(1), Rollup.RECOMPUTE));
    List<Plan> plans = new ArrayList<>(builtIn.plans());
    plans.add(
        new Plan("test-plan", "Test plan", "gia-lai", "test", PLAN_START, PLAN_START, Set.of()));
    List<Target> targets = new ArrayList<>(builtIn.targets());
    targets.add(target(COUNTER, 100));
    targets.add(target(SHARE, 90));
    return new Catalog(indicators, plans, targets);
  }

  private static Indicator indicator(String id, IndicatorKind kind, Period cadence, Rollup rollup) {
    return new Indicator(
        id,
        id,
        id,
        Pillar.DIGITAL_ECONOMY,
        kind,
        "unit",
        0,
        cadence,
        rollup,
        false,
        null,
        null,
        null);
  }

  private static Target target(String indicator, double value) {
    return new Target(
        "test-plan/" + indicator + "/province/2030",
        "test-plan",
        indicator,
        UnitLevel.PROVINCE,
        Comparator.AT_LEAST,
        value,
        LocalDate.of(2030, 12, 31),
        "test",
        null,
        null,
        null);
  }
}
