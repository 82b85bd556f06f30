package vn.dxmonitor.dashboard.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.catalog.ScorecardDocument;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.ScorecardVersion;

/**
 * Scorecards as catalog data: a national administrator writes a new version of one (the official
 * method revised), in force from a day on; every version stays, so a past score keeps its method.
 */
@RestController
public class ScorecardsAdminController {

  private final CatalogView view;
  private final CatalogAdministration administration;
  private final Administrators administrators;
  private final Clock clock;

  public ScorecardsAdminController(
      CatalogView view,
      CatalogAdministration administration,
      Administrators administrators,
      Clock clock) {
    this.view = view;
    this.administration = administration;
    this.administrators = administrators;
    this.clock = clock;
  }

  @GetMapping("/api/v1/scorecards/{id}/versions")
  public List<ScorecardVersion> versions(@PathVariable String id) {
    Viewers.require();
    List<ScorecardVersion> versions = view.scorecardVersions(id);
    if (versions.isEmpty()) {
      throw ConflictException.missing("scorecard " + id);
    }
    return versions;
  }

  /**
   * @param validFrom the first day (in Vietnam) the version applies; today when left out
   */
  @PutMapping(path = "/api/v1/scorecards/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ScorecardVersion put(
      @PathVariable String id,
      @RequestParam(name = "validFrom", required = false) String validFrom,
      @RequestBody byte[] body) {
    Viewer admin = administrators.requireNational("the official indices' methods");
    ScorecardDocument document = RequestBodies.read(body, ScorecardDocument.class);
    return administration.saveScorecard(id, document, day(validFrom), admin.actor());
  }

  private LocalDate day(String validFrom) {
    if (validFrom == null || validFrom.isBlank()) {
      return VietnamTime.dateOf(clock.instant());
    }
    try {
      return LocalDate.parse(validFrom);
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of(
          "validFrom", "must be a date such as 2027-01-01, but was '" + validFrom + "'");
    }
  }
}
