package vn.dxmonitor.dashboard.page;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.scorecard.ScorePart;
import vn.dxmonitor.model.scorecard.ScorecardSource;
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
  private final ScorecardSource scorecards;
  private final Instant at;

  public AlertItems(Catalog catalog, UnitRegistry units, PageText text) {
    this(catalog, units, text, instant -> List.of(), Instant.EPOCH);
  }

  /** A page's names: its catalog, registry and language, and the scorecards of its day. */
  public AlertItems(PageContext page) {
    this(
        page.catalog(),
        page.units(),
        page.text(),
        page.scorecards(),
        VietnamTime.endOf(page.day()));
  }

  /**
   * @param scorecards the scorecards, to name a score alert's part ({@code 766/progress}) by its
   *     scorecard and group
   * @param at the instant whose scorecards name the parts
   */
  public AlertItems(
      Catalog catalog, UnitRegistry units, PageText text, ScorecardSource scorecards, Instant at) {
    this.catalog = catalog;
    this.units = units;
    this.text = text;
    this.scorecards = scorecards;
    this.at = at;
  }

  /**
   * What the alert is about, in the reader's language: its indicator, or the part of a scorecard a
   * score rule judged; the id itself when neither is known any more.
   */
  public String subjectName(Alert alert) {
    String indicator = alert.what().indicator();
    Optional<String> named = catalog.indicator(indicator).map(this::name);
    if (named.isPresent()) {
      return named.get();
    }
    boolean english = "en".equals(text.language());
    return ScorePart.find(indicator, scorecards, at)
        .map(part -> english ? part.nameEn() : part.nameVi())
        .orElse(indicator);
  }

  public Board.AlertItem of(Alert alert) {
    String unitName =
        alert.where().unitName() != null
            ? alert.where().unitName()
            : units.find(alert.where().unit()).map(Unit::name).orElse(alert.where().unit());
    String indicatorName = subjectName(alert);
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
