package vn.dxmonitor.dashboard.drilldown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.page.StatusLabels;
import vn.dxmonitor.dashboard.page.StatusTone;
import vn.dxmonitor.dashboard.status.TargetStatus;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;

/** Builds a unit's page from its standings, its daily history and its alerts. */
final class UnitReportBuilder {

  private final PageContext page;
  private final PageText text;
  private final Catalog catalog;
  private final AlertItems names;

  UnitReportBuilder(PageContext page) {
    this.page = page;
    this.text = page.text();
    this.catalog = page.catalog();
    this.names = new AlertItems(page);
  }

  /** A history reader: one unit's points on one indicator between two days. */
  @FunctionalInterface
  interface Series {
    List<HistoryPoint> of(String indicator, LocalDate from, LocalDate to);
  }

  UnitReport build(
      List<TargetStatus> standings,
      ValueTable values,
      Series series,
      List<Alert> alerts,
      boolean searchFailed) {
    Unit unit = page.root();
    List<UnitReport.IndicatorCard> cards = new ArrayList<>();
    List<UnitReport.IndicatorCard> silent = new ArrayList<>();
    for (TargetStatus standing : standings) {
      if (standing.targetId() == null && standing.value() == null) {
        continue;
      }
      // Indicators with figures come first; those never reported follow, without a chart.
      List<UnitReport.IndicatorCard> into = standing.value() == null ? silent : cards;
      catalog
          .indicator(standing.indicator())
          .ifPresent(
              indicator ->
                  into.add(
                      card(
                          indicator,
                          standing,
                          values.find(unit.code(), indicator.id()).orElse(null),
                          series)));
    }
    List<UnitReport.Crumb> path = new ArrayList<>();
    for (Unit above : page.units().ancestors(unit.code())) {
      path.add(0, new UnitReport.Crumb(above.code(), above.name()));
    }
    return new UnitReport(
        unit.code(),
        unit.name(),
        text.get("level." + unit.level().id()),
        path,
        !page.units().children(unit.code()).isEmpty(),
        UnitTableBuilder.DATE.format(page.day()),
        page.day().toString(),
        page.today().toString(),
        page.isPast(),
        cards,
        silent,
        alerts.stream()
            .map(
                alert ->
                    new UnitReport.UnitAlert(
                        alert.state().name(),
                        text.get("alert.state." + alert.state().name()),
                        names.of(alert)))
            .toList(),
        searchFailed);
  }

  private UnitReport.IndicatorCard card(
      Indicator indicator, TargetStatus standing, IndicatorValue value, Series series) {
    Locale locale = text.locale();
    Target target =
        standing.targetId() == null
            ? null
            : catalog.targets().stream()
                .filter(
                    t -> t.id().equals(standing.targetId()) && t.planId().equals(standing.plan()))
                .findFirst()
                .orElse(null);
    LocalDate day = page.day();
    List<double[]> trajectory = List.of();
    LocalDate from = day.minusDays(90);
    if (target != null) {
      trajectory =
          TrendChart.trajectory(
              catalog.trajectory(target, value == null ? null : value.standing().baseline()));
      LocalDate start = LocalDate.ofEpochDay((long) trajectory.get(0)[0]);
      from = start.isBefore(from) ? start : from;
    }
    if (from.isBefore(day.minusYears(3))) {
      from = day.minusYears(3);
    }
    List<HistoryPoint> points = series.of(indicator.id(), from, day);
    List<double[]> history = new ArrayList<>(TrendChart.history(points));
    if (!page.isPast() && standing.value() != null) {
      // Today's value is not history yet: the day closes into a point at midnight.
      history.add(new double[] {day.toEpochDay(), standing.value()});
    }
    boolean percent = "percent".equals(indicator.unitOfMeasure());
    OptionalDouble projected =
        target == null
            ? OptionalDouble.empty()
            : TrendChart.projected(points, day, target.deadline(), percent);
    Map<String, String> labels =
        Map.of(
            "history", text.get("chart.history"),
            "trajectory", text.get("chart.trajectory"),
            "projection", text.get("chart.projection"),
            "target", text.get("cell.target"));
    String chart =
        JsonCodec.writeString(
            TrendChart.data(
                history,
                trajectory,
                target == null
                    ? List.of()
                    : TrendChart.projection(history, projected, target.deadline()),
                day,
                target == null ? null : target.value(),
                percent,
                labels));
    Status status =
        standing.targetId() == null
            ? null
            : standing.status() == null ? Status.NO_DATA : standing.status();
    return new UnitReport.IndicatorCard(
        indicator.id(),
        names.name(indicator),
        "en".equals(text.language()) ? indicator.pillar().nameEn() : indicator.pillar().nameVi(),
        standing.plan() == null
            ? ""
            : catalog.plan(standing.plan()).map(plan -> plan.name()).orElse(standing.plan()),
        Numbers.format(standing.value(), locale),
        Numbers.format(standing.expected(), locale),
        standing.targetId() == null
            ? Numbers.NONE
            : standing.comparator() + " " + Numbers.format(standing.target(), locale),
        standing.deadline() == null ? "" : UnitTableBuilder.DATE.format(standing.deadline()),
        Numbers.format(standing.gap(), locale),
        standing.daysBehind() == null ? Numbers.NONE : standing.daysBehind().toString(),
        projected.isPresent() ? Numbers.format(projected.getAsDouble(), locale) : Numbers.NONE,
        status == null
            ? text.get("status." + StatusLabels.NO_TARGET)
            : StatusLabels.label(text, status),
        status == null ? "status-no-target" : StatusTone.statusClass(status),
        status == null ? StatusTone.GREY.cssClass() : StatusTone.of(status).cssClass(),
        chart);
  }
}
