package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/** Opens a page about a province: its language (remembered), the day, the catalog, the unit. */
@Component
public class PageContexts {

  private final CatalogSource source;
  private final Clock clock;
  private final DashboardMessages messages;
  private final PageLanguage language;

  public PageContexts(
      CatalogSource source, Clock clock, DashboardMessages messages, PageLanguage language) {
    this.source = source;
    this.clock = clock;
    this.messages = messages;
    this.language = language;
  }

  /**
   * @param unit the province to show; the registry's first province when absent
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
    return new PageContext(
        messages.in(locale),
        today,
        day,
        day.equals(today) ? source.catalog() : source.catalogAt(AsOfDay.endOf(day)),
        units,
        history,
        RootUnit.find(unit, units));
  }
}
