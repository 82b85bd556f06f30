package vn.dxmonitor.processor.window;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Assessment;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Turns an aggregate into the published value: the trailing window and year to date as of now, and
 * the unit's standing against the target that governs it today.
 */
public final class IndicatorValueFactory {

  private final CatalogSource catalog;
  private final StatusEvaluator evaluator;
  private final Clock clock;

  public IndicatorValueFactory(CatalogSource catalog, StatusEvaluator evaluator, Clock clock) {
    this.catalog = catalog;
    this.evaluator = evaluator;
    this.clock = clock;
  }

  public IndicatorValue create(String key, RatioAggregate aggregate) {
    ValueKey valueKey = ValueKey.parse(key);
    Unit unit =
        catalog
            .units()
            .latest(valueKey.unit())
            .orElseThrow(() -> new IllegalStateException("aggregate for unknown unit " + key));
    Indicator indicator =
        catalog
            .catalog()
            .indicator(valueKey.indicator())
            .orElseThrow(() -> new IllegalStateException("aggregate for unknown indicator " + key));
    Instant now = clock.instant();
    LocalDate today = VietnamTime.dateOf(now);
    DayCounts window = aggregate.window(today, indicator.windowDays());
    YearCounts ytd = aggregate.year(today.getYear());
    Double value = Ratios.percent(window.numerator(), window.denominator());
    Optional<Assessment> assessment =
        evaluator.evaluate(unit, indicator.id(), value, aggregate.baseline(), today);
    return new IndicatorValue(
        unit.code(),
        unit.name(),
        unit.level().id(),
        unit.parentCode(),
        indicator.id(),
        indicator.kind().id(),
        indicator.windowDays(),
        window.numerator(),
        window.denominator(),
        value,
        ytd.year(),
        ytd.numerator(),
        ytd.denominator(),
        Ratios.percent(ytd.numerator(), ytd.denominator()),
        aggregate.events(),
        aggregate.lastEventAt(),
        aggregate.baseline(),
        assessment.map(a -> a.target().id()).orElse(null),
        assessment.map(a -> a.target().planId()).orElse(null),
        assessment.map(a -> a.target().comparator().symbol()).orElse(null),
        assessment.map(a -> a.target().value()).orElse(null),
        assessment.map(a -> a.target().deadline()).orElse(null),
        assessment.map(Assessment::expected).orElse(null),
        assessment.map(Assessment::status).orElse(null),
        assessment.map(Assessment::gap).orElse(null),
        assessment.map(Assessment::daysBehind).orElse(null),
        now);
  }
}
