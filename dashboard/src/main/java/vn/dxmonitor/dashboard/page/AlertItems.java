package vn.dxmonitor.dashboard.page;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/** Firing alerts as the pages list them, built from their fields in the reader's language. */
public final class AlertItems {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

  private final Catalog catalog;
  private final UnitRegistry units;
  private final PageText text;

  public AlertItems(Catalog catalog, UnitRegistry units, PageText text) {
    this.catalog = catalog;
    this.units = units;
    this.text = text;
  }

  public Board.AlertItem of(Alert alert) {
    String unitName =
        alert.where().unitName() != null
            ? alert.where().unitName()
            : units.find(alert.where().unit()).map(Unit::name).orElse(alert.where().unit());
    String indicatorName =
        catalog
            .indicator(alert.what().indicator())
            .map(this::name)
            .orElse(alert.what().indicator());
    Instant since =
        alert.timeline().startsAt() != null
            ? alert.timeline().startsAt()
            : alert.timeline().updatedAt();
    return new Board.AlertItem(
        unitName,
        indicatorName,
        alert.severity(),
        alert.what().summary(),
        Numbers.format(alert.figures().value(), text.locale()),
        Numbers.format(alert.figures().expected(), text.locale()),
        time(since));
  }

  /** A moment as the pages show it, in Vietnam's time; empty when there is none. */
  public static String time(Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  /** The indicator's name in the reader's language, its id when it has none. */
  public String name(Indicator indicator) {
    boolean english = "en".equals(text.language());
    String name = english ? indicator.nameEn() : indicator.nameVi();
    return name == null ? indicator.id() : name;
  }
}
