package vn.dxmonitor.dashboard.page;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dxmonitor.dashboard.page.Board.Cell;
import vn.dxmonitor.dashboard.page.Board.Column;
import vn.dxmonitor.dashboard.page.Board.Legend;
import vn.dxmonitor.dashboard.page.Board.Row;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Lays the values out as the page's grid: a row per unit (the province, then its units), a column
 * per indicator in catalog order, every cell present whether or not a value exists for it.
 */
final class BoardBuilder {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final List<Indicator> indicators;
  private final UnitRegistry units;
  private final PageText text;
  private final AlertItems alertItems;

  /**
   * @param indicators the indicators to show, in column order
   */
  BoardBuilder(Catalog catalog, List<Indicator> indicators, UnitRegistry units, PageText text) {
    this(indicators, units, text, new AlertItems(catalog, units, text));
  }

  /** A page's board: its alerts named as the page names them, score alerts included. */
  BoardBuilder(PageContext page, List<Indicator> indicators) {
    this(indicators, page.units(), page.text(), new AlertItems(page));
  }

  private BoardBuilder(
      List<Indicator> indicators, UnitRegistry units, PageText text, AlertItems alertItems) {
    this.indicators = List.copyOf(indicators);
    this.units = units;
    this.text = text;
    this.alertItems = alertItems;
  }

  /** The province and the units directly under it, in registry order. */
  static List<Unit> unitsOf(Unit root, UnitRegistry units) {
    List<Unit> rows = new ArrayList<>();
    rows.add(root);
    rows.addAll(units.children(root.code()));
    return rows;
  }

  Board build(Unit root, ValueTable values, List<Alert> alerts, boolean searchFailed) {
    List<Column> columns =
        indicators.stream()
            .map(
                indicator -> new Column(indicator.id(), name(indicator), indicator.unitOfMeasure()))
            .toList();
    List<Row> rows =
        unitsOf(root, units).stream()
            .map(
                unit ->
                    new Row(
                        unit.code(),
                        unit.name(),
                        text.get("level." + unit.level().id()),
                        unit.equals(root),
                        indicators.stream()
                            .map(
                                indicator ->
                                    cell(
                                        unit.code(),
                                        indicator.id(),
                                        values.find(unit.code(), indicator.id()).orElse(null)))
                            .toList()))
            .toList();
    List<Legend> legend = new ArrayList<>();
    for (Status status : Status.values()) {
      legend.add(
          new Legend(
              label(status), StatusTone.statusClass(status), StatusTone.of(status).cssClass()));
    }
    return new Board(
        root.code(),
        root.name(),
        columns,
        rows,
        alerts.stream().map(alertItems::of).toList(),
        legend,
        StatusLabels.json(text),
        searchFailed);
  }

  private Cell cell(String unit, String indicator, IndicatorValue value) {
    Status status =
        value == null || value.standing().status() == null
            ? Status.NO_DATA
            : value.standing().status();
    Locale locale = text.locale();
    if (value == null) {
      return new Cell(
          unit,
          indicator,
          Numbers.NONE,
          Numbers.NONE,
          Numbers.NONE,
          "",
          status,
          StatusTone.statusClass(status),
          StatusTone.of(status).cssClass(),
          label(status),
          "");
    }
    if (value.standing().targetId() == null) {
      // A value but no plan sets a target for this unit's level: not the same as no data.
      return new Cell(
          unit,
          indicator,
          Numbers.format(value.window().value(), locale),
          Numbers.NONE,
          Numbers.NONE,
          "",
          status,
          StatusLabels.NO_TARGET_CLASS,
          StatusTone.GREY.cssClass(),
          text.get("status." + StatusLabels.NO_TARGET),
          value.updatedAt() == null ? "" : value.updatedAt().toString());
    }
    String target =
        value.standing().target() == null
            ? Numbers.NONE
            : (value.standing().comparator() == null ? "" : value.standing().comparator() + " ")
                + Numbers.format(value.standing().target(), locale);
    return new Cell(
        unit,
        indicator,
        Numbers.format(value.window().value(), locale),
        Numbers.format(value.standing().expected(), locale),
        target,
        value.standing().deadline() == null ? "" : DATE.format(value.standing().deadline()),
        status,
        StatusTone.statusClass(status),
        StatusTone.of(status).cssClass(),
        label(status),
        value.updatedAt() == null ? "" : value.updatedAt().toString());
  }

  private String label(Status status) {
    return StatusLabels.label(text, status);
  }

  private String name(Indicator indicator) {
    return alertItems.name(indicator);
  }
}
