package vn.dxmonitor.dashboard.api;

import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.search.RevisionSearch;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * {@code GET /api/v1/revisions?unit=&indicator=}: the revision log of one unit — each figure that a
 * later one replaced or that was withdrawn, with both figures and who sent each when. A unit the
 * viewer does not see answers as one that does not exist.
 */
@RestController
public class RevisionsController {

  static final int MAX_ENTRIES = 1000;

  private final RevisionSearch search;
  private final UnitScope scope;
  private final Clock clock;

  public RevisionsController(RevisionSearch search, UnitScope scope, Clock clock) {
    this.search = search;
    this.scope = scope;
    this.clock = clock;
  }

  @GetMapping("/api/v1/revisions")
  public List<RevisionEntry> revisions(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "indicator", required = false) String indicator) {
    if (unit == null || unit.isBlank()) {
      throw ApiException.missing("unit");
    }
    Viewer viewer = Viewers.require();
    if (!scope.seesOn(viewer, unit, VietnamTime.dateOf(clock.instant()))) {
      throw new ApiException(
          ErrorCode.UNKNOWN_UNIT,
          "unit",
          "query parameter 'unit' must be a unit code you may see, but was '" + unit + "'");
    }
    return search.of(
        unit, indicator == null || indicator.isBlank() ? null : indicator, MAX_ENTRIES);
  }
}
