package vn.dxmonitor.dashboard.scorecard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.runtime.catalog.topic.Scorecards;

/**
 * The official indices of a unit (the 766 index live, DTI): its score, its groups, where it lost
 * points biggest first, and the units under it to drill into.
 */
@Controller
public class IndexPage {

  private static final Logger log = LoggerFactory.getLogger(IndexPage.class);

  private final PageContexts contexts;
  private final Scorecards scorecards;
  private final UnitScores scores;
  private final UnitScope scope;
  private final Clock clock;

  public IndexPage(
      PageContexts contexts,
      Scorecards scorecards,
      UnitScores scores,
      UnitScope scope,
      Clock clock) {
    this.contexts = contexts;
    this.scorecards = scorecards;
    this.scores = scores;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * @param unit the unit shown; the viewer's own when absent
   * @param card the scorecard; the 766 index (or the first that scores the unit) when absent
   * @param asOf the day to score, {@code 2026-06-30}; today when absent
   */
  @GetMapping("/indices")
  public String page(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "card", required = false) String card,
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(unit, lang, asOf, request, response);
    Instant now = clock.instant();
    Instant at = Scorecards.scoredAt(page.day(), page.today(), now);
    List<Scorecard> inForce = scorecards.at(at);
    List<Scorecard> cards =
        inForce.stream().filter(c -> c.levels().contains(page.root().level())).toList();
    Scorecard chosen = chosen(card, inForce, cards, page);
    Score score = null;
    Double published = null;
    UnitScores.UnitScore leader = null;
    List<UnitScores.UnitScore> under = List.of();
    boolean failed = false;
    if (chosen != null) {
      try {
        score = scores.score(chosen, List.of(page.root().code()), page.day(), page.today()).get(0);
        under =
            scores.under(
                chosen,
                page.root(),
                page.units(),
                scope.visibleOn(Viewers.require(), page.day()),
                page.day(),
                page.today());
        published =
            scores
                .published(chosen, List.of(page.root().code()), page.day(), page.today())
                .get(page.root().code());
        leader = leader(page, chosen);
      } catch (SearchUnavailableException e) {
        log.warn("Index page rendered without values: {}", e.getMessage());
        failed = true;
      }
    }
    model.addAttribute("text", page.text());
    model.addAttribute(
        "board",
        new IndexBoardBuilder(page).build(cards, chosen, score, published, leader, under, failed));
    return "dashboard/indices";
  }

  /**
   * The scorecard asked for, or the 766 index (else the first that scores the unit) when none was:
   * one asked for that is not in force, or does not score the unit's level, is answered as such
   * rather than replaced by another the reader did not ask for.
   */
  private static Scorecard chosen(
      String card, List<Scorecard> inForce, List<Scorecard> scoring, PageContext page) {
    if (card == null || card.isBlank()) {
      return scoring.stream()
          .filter(c -> c.id().equals(Scorecards.INDEX_766))
          .findFirst()
          .orElse(scoring.isEmpty() ? null : scoring.get(0));
    }
    Scorecard asked =
        inForce.stream()
            .filter(c -> c.id().equals(card))
            .findFirst()
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "card: no scorecard '"
                            + card
                            + "' is in force; one of "
                            + inForce.stream().map(Scorecard::id).toList()));
    if (!scoring.contains(asked)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "card: scorecard "
              + card
              + " scores "
              + asked.levels().stream().map(level -> level.id()).sorted().toList()
              + ", and "
              + page.root().code()
              + " is a "
              + page.root().level().id());
    }
    return asked;
  }

  /**
   * The province with the best score among those the viewer sees, for a province's page: the gaps
   * to it show where the province trails. None for any other level.
   */
  private UnitScores.UnitScore leader(PageContext page, Scorecard card) {
    if (page.root().level() != UnitLevel.PROVINCE) {
      return null;
    }
    List<Unit> provinces = scope.provincesOn(Viewers.require(), page.units(), page.day());
    List<Score> scored =
        scores.score(card, provinces.stream().map(Unit::code).toList(), page.day(), page.today());
    UnitScores.UnitScore best = null;
    for (int p = 0; p < provinces.size(); p++) {
      Score candidate = scored.get(p);
      if (candidate.measured() && (best == null || candidate.points() > best.score().points())) {
        best = new UnitScores.UnitScore(provinces.get(p), candidate);
      }
    }
    return best;
  }
}
