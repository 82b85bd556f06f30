package vn.dxmonitor.dashboard.drilldown;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.page.StatusLabels;
import vn.dxmonitor.dashboard.page.StatusTone;
import vn.dxmonitor.dashboard.status.TargetStatus;
import vn.dxmonitor.dashboard.status.UnitStanding;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Lays out one level under a unit as a table (a row per unit, a column per indicator the level is
 * judged on) and the unit's subtree as a tree, each unit at its worst status.
 */
final class UnitTableBuilder {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PageContext page;
  private final PageText text;
  private final AlertItems names;
  private final Map<String, List<TargetStatus>> judged;

  /**
   * @param judged every unit of the subtree with its standings on the day shown
   */
  UnitTableBuilder(PageContext page, Map<String, List<TargetStatus>> judged) {
    this.page = page;
    this.text = page.text();
    this.names = new AlertItems(page);
    this.judged = judged;
  }

  /**
   * @param subtree the root and everything below it, the root first
   */
  UnitTable build(
      List<Unit> subtree, List<UnitLevel> levels, UnitLevel level, boolean searchFailed) {
    Unit root = page.root();
    List<Unit> below = subtree.subList(1, subtree.size());
    List<Unit> rows = below.stream().filter(unit -> unit.level() == level).toList();
    List<Indicator> columns = columns(rows);
    Map<UnitLevel, Long> counts =
        below.stream().collect(Collectors.groupingBy(Unit::level, Collectors.counting()));
    List<UnitTable.LevelTab> tabs = new ArrayList<>();
    for (UnitLevel each : levels) {
      int count = counts.getOrDefault(each, 0L).intValue();
      tabs.add(
          new UnitTable.LevelTab(each.id(), text.get("level." + each.id()), count, each == level));
    }
    return new UnitTable(
        root.code(),
        root.name(),
        DATE.format(page.day()),
        page.day().toString(),
        page.today().toString(),
        page.isPast(),
        tabs,
        level == null ? "" : level.id(),
        columns.stream()
            .map(
                indicator ->
                    new UnitTable.Column(
                        indicator.id(), names.name(indicator), indicator.unitOfMeasure()))
            .toList(),
        rows.stream().map(unit -> row(unit, columns)).toList(),
        node(root),
        searchFailed);
  }

  /** The indicators any of the rows is judged on or reported, pillar by pillar. */
  private List<Indicator> columns(List<Unit> rows) {
    Set<String> used = new LinkedHashSet<>();
    for (Unit unit : rows) {
      for (TargetStatus standing : judged.getOrDefault(unit.code(), List.of())) {
        if (standing.targetId() != null || standing.value() != null) {
          used.add(standing.indicator());
        }
      }
    }
    return page.catalog().indicators().stream()
        .filter(indicator -> used.contains(indicator.id()))
        .sorted(Comparator.comparing(Indicator::pillar))
        .toList();
  }

  private UnitTable.Row row(Unit unit, List<Indicator> columns) {
    List<TargetStatus> standings = judged.getOrDefault(unit.code(), List.of());
    Status worst = worst(standings);
    List<UnitTable.Cell> cells = new ArrayList<>();
    for (Indicator indicator : columns) {
      TargetStatus standing =
          standings.stream()
              .filter(s -> s.indicator().equals(indicator.id()))
              .findFirst()
              .orElse(null);
      cells.add(cell(standing));
    }
    return new UnitTable.Row(
        unit.code(),
        unit.name(),
        StatusLabels.label(text, worst),
        StatusTone.statusClass(worst),
        StatusTone.of(worst).cssClass(),
        UnitStanding.ORDER.indexOf(worst),
        cells);
  }

  private UnitTable.Cell cell(TargetStatus standing) {
    Locale locale = text.locale();
    if (standing == null) {
      return new UnitTable.Cell(
          Numbers.NONE,
          "",
          Numbers.NONE,
          Numbers.NONE,
          "",
          "status-none",
          StatusTone.GREY.cssClass());
    }
    if (standing.targetId() == null) {
      return new UnitTable.Cell(
          Numbers.format(standing.value(), locale),
          sortValue(standing.value()),
          Numbers.NONE,
          Numbers.NONE,
          text.get("status." + StatusLabels.NO_TARGET),
          "status-no-target",
          StatusTone.GREY.cssClass());
    }
    Status status = standing.status() == null ? Status.NO_DATA : standing.status();
    return new UnitTable.Cell(
        Numbers.format(standing.value(), locale),
        sortValue(standing.value()),
        Numbers.format(standing.expected(), locale),
        standing.comparator() + " " + Numbers.format(standing.target(), locale),
        StatusLabels.label(text, status),
        StatusTone.statusClass(status),
        StatusTone.of(status).cssClass());
  }

  private UnitTable.TreeNode node(Unit unit) {
    Status worst = worst(judged.getOrDefault(unit.code(), List.of()));
    return new UnitTable.TreeNode(
        unit.code(),
        unit.name(),
        text.get("level." + unit.level().id()),
        StatusLabels.label(text, worst),
        StatusTone.statusClass(worst),
        StatusTone.of(worst).cssClass(),
        page.units().children(unit.code()).stream().map(this::node).toList());
  }

  static Status worst(List<TargetStatus> standings) {
    return UnitStanding.of(
        standings.stream().filter(s -> s.targetId() != null).map(TargetStatus::status).toList());
  }

  private static String sortValue(Double value) {
    return value == null || value.isNaN() ? "" : Double.toString(value);
  }
}
