package vn.dxmonitor.dashboard.ranking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.admin.Administrators;
import vn.dxmonitor.dashboard.admin.RequestBodies;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * The emulation ranking as JSON, and freezing it at a review date. Reading is open like the rest of
 * the read API; freezing needs an administrator key, whose id is recorded as who froze it.
 */
@RestController
public class RankingsController {

  /** Header naming who froze a ranking that is returned frozen. */
  public static final String FROZEN_BY = "X-Ranking-Frozen-By";

  private final Rankings rankings;
  private final RankingFreezes freezes;
  private final CatalogSource source;
  private final UnitScope scope;
  private final Clock clock;
  private final Administrators administrators;

  public RankingsController(
      Rankings rankings,
      RankingFreezes freezes,
      CatalogSource source,
      UnitScope scope,
      Clock clock,
      Administrators administrators) {
    this.rankings = rankings;
    this.freezes = freezes;
    this.source = source;
    this.scope = scope;
    this.clock = clock;
    this.administrators = administrators;
  }

  /**
   * @param parent the unit whose subtree to rank; when absent, every unit the plan covers, or for a
   *     viewer of some subtrees only, its own unit
   * @param asOf the day to rank on, {@code 2025-12-31}; today when absent
   */
  @GetMapping("/api/v1/rankings")
  public ResponseEntity<List<RankingEntry>> rankings(
      @RequestParam(name = "plan", required = false) String plan,
      @RequestParam(name = "level", required = false) String level,
      @RequestParam(name = "parent", required = false) String parent,
      @RequestParam(name = "asOf", required = false) String asOf) {
    Ranking ranking = rankings.rank(query(plan, level, parent, asOf));
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (ranking.frozen() != null) {
      response.header(FROZEN_BY, ranking.frozen().frozenBy());
    }
    return response.body(ranking.entries());
  }

  /** What to freeze: the same parameters as the ranking read. */
  public record FreezeRequest(String plan, String level, String parent, String asOf) {}

  @PostMapping(path = "/api/v1/rankings/freezes", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Freeze> freeze(@RequestBody(required = false) byte[] json) {
    Viewer admin = administrators.require();
    FreezeRequest body = RequestBodies.read(json, FreezeRequest.class);
    if (body.asOf() == null || body.asOf().isBlank()) {
      throw new ApiException(
          ErrorCode.MISSING_PARAMETER,
          "asOf",
          "field 'asOf' is required: a ranking is frozen at a review date");
    }
    RankingQuery query = query(body.plan(), body.level(), body.parent(), body.asOf());
    Ranking ranking = rankings.rank(query);
    if (ranking.frozen() != null) {
      throw alreadyFrozen(ranking.frozen());
    }
    Freeze freeze =
        new Freeze(
            query.plan(),
            query.level().id(),
            query.parent() == null ? "" : query.parent(),
            query.day(),
            admin.actor(),
            clock.instant(),
            ranking.entries());
    try {
      freezes.create(freeze);
    } catch (RankingFreezes.AlreadyFrozenException e) {
      throw new ApiException(ErrorCode.ALREADY_FROZEN, "asOf", e.getMessage());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(freeze);
  }

  @GetMapping("/api/v1/rankings/freezes")
  public List<Freeze> freezes(@RequestParam(name = "plan", required = false) String plan) {
    if (plan == null || plan.isBlank()) {
      throw ApiException.missing("plan");
    }
    Viewer viewer = Viewers.require();
    return freezes.ofPlan(plan.strip()).stream()
        .filter(
            freeze ->
                viewer.seesEverything()
                    || (!freeze.parent().isEmpty() && scope.sees(viewer, freeze.parent())))
        .toList();
  }

  private RankingQuery query(String plan, String level, String parent, String asOf) {
    LocalDate today = VietnamTime.dateOf(clock.instant());
    UnitRegistry units = source.units().at(today);
    Viewer viewer = Viewers.require();
    String scoped =
        (parent == null || parent.isBlank()) && !viewer.seesEverything()
            ? scope.unit(viewer, null, units).code()
            : parent;
    return RankingRequests.query(
        rankings,
        units,
        scope.visibleOn(viewer, today),
        found -> scope.concernsPlan(viewer, found.issuedFor()),
        plan,
        level,
        scoped,
        asOf,
        today);
  }

  private static ApiException alreadyFrozen(Freeze freeze) {
    return new ApiException(
        ErrorCode.ALREADY_FROZEN,
        "asOf",
        "the ranking of "
            + freeze.plan()
            + " for "
            + freeze.level()
            + " on "
            + freeze.asOf()
            + " was frozen by "
            + freeze.frozenBy()
            + " at "
            + freeze.frozenAt()
            + "; a freeze is never replaced");
  }
}
