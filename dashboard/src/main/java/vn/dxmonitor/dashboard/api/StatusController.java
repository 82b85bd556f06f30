package vn.dxmonitor.dashboard.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.dashboard.status.AsOfDay;
import vn.dxmonitor.dashboard.status.StatusAssessment;
import vn.dxmonitor.dashboard.status.StatusQuery;
import vn.dxmonitor.dashboard.status.TargetStatus;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;

/**
 * Where units stand against their targets: now, or as of any past moment for a review. Named for
 * the dashboard because in the platform every service's beans share one context.
 */
@RestController("dashboardStatusController")
public class StatusController {

  private final CatalogSource source;
  private final StatusJudge judge;
  private final IndicatorValueSearch search;
  private final UnitScope scope;
  private final Clock clock;

  public StatusController(
      CatalogSource source,
      StatusJudge judge,
      IndicatorValueSearch search,
      UnitScope scope,
      Clock clock) {
    this.source = source;
    this.judge = judge;
    this.search = search;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * @param code the unit; may be left out with {@code plan}, for every unit the plan covers
   * @param planId the plan whose targets to report; without it, each indicator's governing target
   * @param asOf an instant ({@code 2025-12-31T10:00:00Z}) or a date (its end, in Vietnam)
   */
  @GetMapping("/api/v1/status")
  public List<TargetStatus> status(
      @RequestParam(name = "unit", required = false) String code,
      @RequestParam(name = "plan", required = false) String planId,
      @RequestParam(name = "asOf", required = false) String asOf) {
    StatusQuery query = query(code, planId, asOf);
    StatusAssessment assessment = StatusAssessment.of(source, judge, query);
    Catalog catalog = assessment.catalog();
    UnitHistory history = assessment.history();
    Viewer viewer = Viewers.require();
    Unit unit =
        code == null || code.isBlank()
            ? null
            : RequestedUnit.require(history, scope, viewer, query.unit(), query.date());
    List<StatusAssessment.Pair> pairs;
    if (planId == null || planId.isBlank()) {
      if (unit == null) {
        throw ApiException.missing("unit");
      }
      ValueTable values = ValueTable.of(search.forUnits(List.of(unit.code()), ids(catalog)));
      pairs = assessment.governing(unit, values.indicators());
      return assessment.assess(pairs, values::find);
    }
    Plan plan =
        catalog
            .plan(planId)
            .filter(found -> scope.concernsPlan(viewer, found.issuedFor()))
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.UNKNOWN_PLAN,
                        "plan",
                        "query parameter 'plan' must be a plan id of the catalog, but was '"
                            + planId
                            + "'"));
    Predicate<String> visible = scope.visibleOn(viewer, query.date());
    pairs =
        assessment.ofPlan(plan, unit).stream()
            // A superseded target has no unit; it is reported as superseded, not hidden
            .filter(pair -> pair.unit() == null || visible.test(pair.unit().code()))
            .toList();
    Set<String> units = StatusAssessment.units(pairs);
    ValueTable values = ValueTable.of(search.forUnits(units, ids(catalog)));
    return assessment.assess(pairs, values::find);
  }

  private StatusQuery query(String code, String planId, String asOf) {
    if (asOf == null || asOf.isBlank()) {
      Instant now = clock.instant();
      return new StatusQuery(code, planId, now, VietnamTime.dateOf(now));
    }
    try {
      if (asOf.length() == 10) {
        LocalDate date = LocalDate.parse(asOf);
        return new StatusQuery(code, planId, AsOfDay.endOf(date), date);
      }
      Instant instant = Instant.parse(asOf);
      return new StatusQuery(code, planId, instant, VietnamTime.dateOf(instant));
    } catch (DateTimeParseException e) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "asOf",
          "query parameter 'asOf' must be a date (2025-12-31) or an instant"
              + " (2025-12-31T10:00:00Z), but was '"
              + asOf
              + "'");
    }
  }

  private static List<String> ids(Catalog catalog) {
    return catalog.indicators().stream().map(indicator -> indicator.id()).toList();
  }
}
