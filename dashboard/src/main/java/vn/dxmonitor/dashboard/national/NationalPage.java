package vn.dxmonitor.dashboard.national;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.page.StatusTone;
import vn.dxmonitor.dashboard.scorecard.UnitScores;
import vn.dxmonitor.dashboard.search.IndicatorValueSearch;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.scorecard.Points;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.catalog.topic.Scorecards;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Where a national viewer lands: the provinces side by side, each with its targets by tone, its
 * live 766 estimate and its DTI rank, sortable, with the 766 estimates as a ranked chart; each
 * province a link to its own overview.
 */
@Controller
public class NationalPage {

  private static final Logger log = LoggerFactory.getLogger(NationalPage.class);
  private static final String DTI_RANK = "dti-rank";

  private final PageContexts contexts;
  private final IndicatorValueSearch search;
  private final Scorecards scorecards;
  private final UnitScores scores;
  private final UnitScope scope;
  private final Clock clock;

  public NationalPage(
      PageContexts contexts,
      IndicatorValueSearch search,
      Scorecards scorecards,
      UnitScores scores,
      UnitScope scope,
      Clock clock) {
    this.contexts = contexts;
    this.search = search;
    this.scorecards = scorecards;
    this.scores = scores;
    this.scope = scope;
    this.clock = clock;
  }

  @GetMapping("/provinces")
  public String page(
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageContext page = contexts.open(null, lang, request, response);
    List<Unit> provinces = scope.provincesOn(Viewers.require(), page.units(), page.today());
    List<NationalView.Row> rows = new ArrayList<>();
    boolean failed = false;
    try {
      rows = rows(page, provinces);
    } catch (SearchUnavailableException e) {
      log.warn("National page rendered without values: {}", e.getMessage());
      failed = true;
    }
    model.addAttribute("text", page.text());
    model.addAttribute(
        "national",
        new NationalView(page.today().toString(), rows, chart(page.text(), rows), failed));
    return "dashboard/provinces";
  }

  private List<NationalView.Row> rows(PageContext page, List<Unit> provinces) {
    List<String> codes = provinces.stream().map(Unit::code).toList();
    List<String> indicators = page.catalog().indicators().stream().map(Indicator::id).toList();
    ValueTable values = ValueTable.of(search.forUnits(codes, indicators));
    Instant now = clock.instant();
    Optional<Scorecard> index = scorecards.find(Scorecards.INDEX_766, now);
    List<Score> scored =
        index.map(card -> scores.score(card, codes, page.today(), page.today())).orElse(null);
    Locale locale = page.text().locale();
    List<NationalView.Row> rows = new ArrayList<>();
    for (int p = 0; p < provinces.size(); p++) {
      Unit province = provinces.get(p);
      Map<StatusTone, Integer> tones = tones(values, province.code(), indicators);
      Score score = scored == null ? null : scored.get(p);
      boolean measured = score != null && score.measured();
      Double rank =
          values.find(province.code(), DTI_RANK).map(v -> v.window().value()).orElse(null);
      rows.add(
          new NationalView.Row(
              province.code(),
              province.name(),
              tones.get(StatusTone.GREEN),
              tones.get(StatusTone.AMBER),
              tones.get(StatusTone.RED),
              tones.get(StatusTone.GREY),
              measured ? Numbers.points(score.points(), 2, locale) : "—",
              measured ? String.valueOf(score.points()) : "",
              measured,
              rank == null ? "—" : String.valueOf(Math.round(rank)),
              rank == null ? "" : String.valueOf(rank)));
    }
    rows.sort(
        Comparator.comparing((NationalView.Row row) -> !row.measured())
            .thenComparing(row -> row.measured() ? -Double.parseDouble(row.score766Sort()) : 0.0)
            .thenComparing(NationalView.Row::name));
    return rows;
  }

  /** How many of the province's own targets stand in each tone, as the processor judged them. */
  private static Map<StatusTone, Integer> tones(
      ValueTable values, String province, List<String> indicators) {
    Map<StatusTone, Integer> tones = new LinkedHashMap<>();
    for (StatusTone tone : StatusTone.values()) {
      tones.put(tone, 0);
    }
    for (String indicator : indicators) {
      values
          .find(province, indicator)
          .map(IndicatorValue::standing)
          .filter(standing -> standing.targetId() != null)
          .ifPresent(standing -> tones.merge(StatusTone.of(standing.status()), 1, Integer::sum));
    }
    return tones;
  }

  private static String chart(PageText text, List<NationalView.Row> rows) {
    List<NationalView.Row> measured = rows.stream().filter(NationalView.Row::measured).toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", measured.stream().map(NationalView.Row::name).toList());
    chart.put(
        "scores",
        measured.stream()
            .map(row -> Points.round(Double.parseDouble(row.score766Sort()), 2))
            .toList());
    chart.put("label", text.get("index.score"));
    chart.put("axis", text.get("index.pointsAxis"));
    chart.put("max", 100);
    return JsonCodec.writeString(chart);
  }
}
