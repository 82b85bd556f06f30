package vn.dxmonitor.dashboard.scorecard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.api.RequestedUnit;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.runtime.catalog.topic.Scorecards;

/**
 * Official indices computed live: a unit's score on a scorecard (the 766 index, DTI) with its
 * groups and where it lost points, and the scores of the units under it for the drill-down.
 */
@RestController
public class ScoresController {

  private final Scorecards scorecards;
  private final UnitScores scores;
  private final CatalogSource source;
  private final UnitScope scope;
  private final Clock clock;

  public ScoresController(
      Scorecards scorecards,
      UnitScores scores,
      CatalogSource source,
      UnitScope scope,
      Clock clock) {
    this.scorecards = scorecards;
    this.scores = scores;
    this.source = source;
    this.scope = scope;
    this.clock = clock;
  }

  /** The scorecards in force now, with their methods. */
  @GetMapping("/api/v1/scorecards")
  public List<ScorecardView> scorecards() {
    Viewers.require();
    return scorecards.at(clock.instant()).stream().map(ScorecardView::of).toList();
  }

  /**
   * @param asOf a past date to score as it stood at that day's end; today when left out
   */
  @GetMapping("/api/v1/scores/{scorecard}")
  public ScoreView score(
      @PathVariable("scorecard") String id,
      @RequestParam(name = "unit", required = false) String code,
      @RequestParam(name = "asOf", required = false) String asOf) {
    Request request = request(id, code, asOf);
    Score score =
        scores
            .score(request.card(), List.of(request.unit().code()), request.day(), request.today())
            .get(0);
    Double published =
        scores
            .published(
                request.card(), List.of(request.unit().code()), request.day(), request.today())
            .get(request.unit().code());
    return view(score, request.unit(), request.day(), published);
  }

  /**
   * The units under {@code unit} that the scorecard scores, lowest score first (where to act), and
   * those that counted nothing last.
   */
  @GetMapping("/api/v1/scores/{scorecard}/units")
  public List<ScoreView> units(
      @PathVariable("scorecard") String id,
      @RequestParam(name = "unit", required = false) String code,
      @RequestParam(name = "asOf", required = false) String asOf) {
    Request request = request(id, code, asOf);
    List<UnitScores.UnitScore> under =
        scores.under(
            request.card(),
            request.unit(),
            source.units().at(request.day()),
            scope.visibleOn(request.viewer(), request.day()),
            request.day(),
            request.today());
    Map<String, Double> published =
        scores.published(
            request.card(),
            under.stream().map(scored -> scored.unit().code()).toList(),
            request.day(),
            request.today());
    return under.stream()
        .map(
            scored ->
                view(
                    scored.score(),
                    scored.unit(),
                    request.day(),
                    published.get(scored.unit().code())))
        .toList();
  }

  private Request request(String id, String code, String asOf) {
    Viewer viewer = Viewers.require();
    Instant now = clock.instant();
    LocalDate today = VietnamTime.dateOf(now);
    LocalDate day = day(asOf, today);
    Instant at = Scorecards.scoredAt(day, today, now);
    Scorecard card =
        scorecards
            .find(id, at)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.UNKNOWN_SCORECARD,
                        "scorecard",
                        "path segment 'scorecard' must be one of "
                            + scorecards.at(at).stream().map(Scorecard::id).toList()
                            + ", but was '"
                            + id
                            + "'"));
    if (code == null || code.isBlank()) {
      throw ApiException.missing("unit");
    }
    Unit unit = RequestedUnit.require(source.units(), scope, viewer, code, day);
    if (!card.levels().contains(unit.level())) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "unit",
          "scorecard "
              + card.id()
              + " scores "
              + card.levels().stream().map(level -> level.id()).sorted().toList()
              + ", but unit '"
              + code
              + "' is a "
              + unit.level().id());
    }
    return new Request(viewer, card, unit, day, today);
  }

  private static LocalDate day(String asOf, LocalDate today) {
    if (asOf == null || asOf.isBlank()) {
      return today;
    }
    try {
      LocalDate day = LocalDate.parse(asOf);
      if (day.isAfter(today)) {
        throw new ApiException(
            ErrorCode.INVALID_PARAMETER,
            "asOf",
            "query parameter 'asOf' must be today (" + today + ") or earlier, but was " + asOf);
      }
      return day;
    } catch (DateTimeParseException e) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "asOf",
          "query parameter 'asOf' must be a date (2026-06-30), but was '" + asOf + "'");
    }
  }

  private static ScoreView view(Score score, Unit unit, LocalDate day, Double published) {
    return ScoreView.of(score, unit.code(), unit.name(), unit.level().id(), day, published);
  }

  private record Request(
      Viewer viewer, Scorecard card, Unit unit, LocalDate day, LocalDate today) {}
}
