package vn.dxmonitor.dashboard.overview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.page.StatusLabels;
import vn.dxmonitor.dashboard.page.StatusTone;
import vn.dxmonitor.dashboard.status.UnitStanding;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Builds the overview of a province: per pillar, a bullet for every indicator a plan sets the
 * province a target for; the province's units counted by their worst status; the firing alerts.
 */
final class OverviewBuilder {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PageContext page;
  private final Catalog catalog;
  private final PageText text;
  private final AlertItems alertItems;

  OverviewBuilder(PageContext page) {
    this.page = page;
    this.catalog = page.catalog();
    this.text = page.text();
    this.alertItems = new AlertItems(page);
  }

  /**
   * @param units the units under the province, to count by status
   */
  Overview build(List<Unit> units, ValueTable values, List<Alert> alerts, boolean searchFailed) {
    Unit root = page.root();
    List<Overview.PillarSection> pillars = new ArrayList<>();
    for (Pillar pillar : Pillar.values()) {
      List<BulletItem> bullets = new ArrayList<>();
      for (Indicator indicator : catalog.indicators()) {
        if (indicator.pillar() != pillar) {
          continue;
        }
        catalog
            .governingTarget(indicator.id(), root, page.history(), page.today())
            .ifPresent(
                target ->
                    bullets.add(
                        bullet(indicator, target, values.find(root.code(), indicator.id()))));
      }
      pillars.add(
          new Overview.PillarSection(
              pillar.id(),
              "en".equals(text.language()) ? pillar.nameEn() : pillar.nameVi(),
              bullets));
    }
    Map<String, Map<String, Status>> unitStatuses = new LinkedHashMap<>();
    Map<Status, Integer> counted = new EnumMap<>(Status.class);
    for (Unit unit : units) {
      Map<String, Status> byIndicator = new LinkedHashMap<>();
      for (Indicator indicator : catalog.indicators()) {
        values
            .find(unit.code(), indicator.id())
            .filter(
                value -> value.standing().targetId() != null && value.standing().status() != null)
            .ifPresent(value -> byIndicator.put(indicator.id(), value.standing().status()));
      }
      unitStatuses.put(unit.code(), byIndicator);
      counted.merge(UnitStanding.of(byIndicator.values()), 1, Integer::sum);
    }
    List<Overview.StatusCount> counts =
        UnitStanding.ORDER.stream()
            .map(
                status ->
                    new Overview.StatusCount(
                        status.name(),
                        StatusLabels.label(text, status),
                        StatusTone.statusClass(status),
                        StatusTone.of(status).cssClass(),
                        counted.getOrDefault(status, 0)))
            .toList();
    return new Overview(
        root.code(),
        root.name(),
        DATE.format(page.today()),
        pillars,
        counts,
        units.size(),
        JsonCodec.writeString(unitStatuses),
        StatusLabels.json(text),
        alerts.stream().map(alertItems::of).toList(),
        searchFailed);
  }

  private BulletItem bullet(Indicator indicator, Target target, Optional<IndicatorValue> found) {
    IndicatorValue value = found.filter(v -> v.standing().targetId() != null).orElse(null);
    Double actual = value == null ? null : value.window().value();
    Double expected = value == null ? null : value.standing().expected();
    double targetValue =
        value != null && value.standing().target() != null
            ? value.standing().target()
            : target.value();
    Status status =
        value == null || value.standing().status() == null
            ? Status.NO_DATA
            : value.standing().status();
    LocalDate deadline =
        value != null && value.standing().deadline() != null
            ? value.standing().deadline()
            : target.deadline();
    String comparator =
        value != null && value.standing().comparator() != null
            ? value.standing().comparator()
            : target.comparator().symbol();
    double scale = BulletScale.of(indicator.unitOfMeasure(), actual, expected, targetValue);
    return new BulletItem(
        indicator.id(),
        alertItems.name(indicator),
        BulletScale.suffix(indicator.unitOfMeasure()),
        Numbers.format(actual, text.locale()),
        Numbers.format(expected, text.locale()),
        Numbers.format(targetValue, text.locale()),
        comparator,
        DATE.format(deadline),
        status,
        StatusTone.statusClass(status),
        StatusTone.of(status).cssClass(),
        StatusLabels.label(text, status),
        scale,
        BulletScale.at(actual, scale),
        BulletScale.at(expected, scale),
        BulletScale.at(targetValue, scale));
  }
}
