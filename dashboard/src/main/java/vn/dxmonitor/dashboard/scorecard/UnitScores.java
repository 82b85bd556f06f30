package vn.dxmonitor.dashboard.scorecard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.status.ValuesAt;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.scorecard.Figures;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.ScoreWindow;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/** Scores units on a scorecard from the values the processor made, now or as of a past day. */
@Component
public class UnitScores {

  private final ValuesAt values;
  private final CatalogSource source;

  public UnitScores(ValuesAt values, CatalogSource source) {
    this.values = values;
    this.source = source;
  }

  /**
   * Each unit's score, in the order given.
   *
   * @throws ApiException naming {@code asOf} for a past day of a calendar-window scorecard when a
   *     ratio's history point of that day was written before points kept calendar counts: scoring
   *     the missing counts as "no base" would give full points nobody earned
   */
  public List<Score> score(Scorecard card, List<String> units, LocalDate day, LocalDate today) {
    Catalog catalog = source.catalogOn(day);
    ValueTable table = values.read(units, card.indicators(), day, today);
    if (card.window() != ScoreWindow.TRAILING && day.isBefore(today)) {
      refuseWithoutCalendarCounts(card, units, table, catalog);
    }
    return units.stream()
        .map(
            unit ->
                card.score(
                    indicator ->
                        Figures.of(
                            table.find(unit, indicator).orElse(null),
                            kindOf(catalog, indicator),
                            card.window(),
                            day)))
        .toList();
  }

  private static void refuseWithoutCalendarCounts(
      Scorecard card, List<String> units, ValueTable table, Catalog catalog) {
    for (String indicator : card.indicators()) {
      if (kindOf(catalog, indicator) != IndicatorKind.RATIO_OF_COUNTS) {
        continue;
      }
      for (String unit : units) {
        boolean lacking =
            table
                .find(unit, indicator)
                .map(value -> !value.yearToDate().keepsCalendarCounts())
                .orElse(false);
        if (lacking) {
          throw new ApiException(
              ErrorCode.INVALID_PARAMETER,
              "asOf",
              "scorecard "
                  + card.id()
                  + " reads "
                  + card.window().id()
                  + " counts, but the history of that day keeps no calendar counts for "
                  + indicator
                  + " of unit "
                  + unit
                  + "; choose a later day or leave asOf out");
        }
      }
    }
  }

  /**
   * The official published score of each unit that has one, by unit: the latest figure reported
   * under the scorecard's {@code published} indicator by {@code day}. Empty when the scorecard
   * names none.
   */
  public Map<String, Double> published(
      Scorecard card, List<String> units, LocalDate day, LocalDate today) {
    Map<String, Double> published = new HashMap<>();
    if (card.published() == null || units.isEmpty()) {
      return published;
    }
    ValueTable table = values.read(units, List.of(card.published()), day, today);
    for (String unit : units) {
      table
          .find(unit, card.published())
          .map(value -> value.window().value())
          .ifPresent(value -> published.put(unit, value));
    }
    return published;
  }

  /**
   * The units directly under {@code parent} that the scorecard scores and {@code visible} lets
   * through, lowest score first (where to act), and those that counted nothing last.
   */
  public List<UnitScore> under(
      Scorecard card,
      Unit parent,
      UnitRegistry registry,
      Predicate<String> visible,
      LocalDate day,
      LocalDate today) {
    List<Unit> units =
        registry.children(parent.code()).stream()
            .filter(unit -> card.levels().contains(unit.level()))
            .filter(unit -> visible.test(unit.code()))
            .toList();
    List<Score> scores = score(card, units.stream().map(Unit::code).toList(), day, today);
    return IntStream.range(0, units.size())
        .mapToObj(i -> new UnitScore(units.get(i), scores.get(i)))
        .sorted(
            Comparator.comparing((UnitScore scored) -> !scored.score().measured())
                .thenComparingDouble(scored -> scored.score().points())
                .thenComparing(scored -> scored.unit().code()))
        .toList();
  }

  /** A unit and its score. */
  public record UnitScore(Unit unit, Score score) {}

  private static IndicatorKind kindOf(Catalog catalog, String indicator) {
    return catalog.indicator(indicator).map(Indicator::kind).orElse(IndicatorKind.MEASUREMENT);
  }
}
