package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.dashboard.status.AsOfDay;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Opens a page about a unit the viewer sees: its language (remembered), the day, the catalog, the
 * unit.
 */
@Component
public class PageContexts {

  private final CatalogSource source;
  private final Clock clock;
  private final DashboardMessages messages;
  private final PageLanguage language;
  private final UnitScope scope;
  private final ScorecardSource scorecards;

  public PageContexts(
      CatalogSource source,
      Clock clock,
      DashboardMessages messages,
      PageLanguage language,
      UnitScope scope,
      ScorecardSource scorecards) {
    this.scorecards = scorecards;
    this.source = source;
    this.clock = clock;
    this.messages = messages;
    this.language = language;
    this.scope = scope;
  }

  /**
   * @param unit the unit to show; the viewer's own (for the whole country, the registry's first
   *     province) when absent. One outside the viewer's subtrees is not found.
   * @param lang {@code vi} or {@code en}, remembered for later visits
   */
  public PageContext open(
      String unit, String lang, HttpServletRequest request, HttpServletResponse response) {
    return open(unit, lang, null, request, response);
  }

  /**
   * @param asOf the day to show, {@code 2025-12-31}; today when absent. Not after today.
   */
  public PageContext open(
      String unit,
      String lang,
      String asOf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Locale locale = language.resolve(request, response, lang);
    LocalDate today = VietnamTime.dateOf(clock.instant());
    LocalDate day = AsOfDay.parseForPage(asOf, today);
    UnitHistory history = source.units();
    UnitRegistry units = history.at(today);
    return PageContext.of(
        messages.in(locale),
        source,
        today,
        day,
        units,
        scope.unit(Viewers.require(), unit, units),
        scorecards);
  }
}
