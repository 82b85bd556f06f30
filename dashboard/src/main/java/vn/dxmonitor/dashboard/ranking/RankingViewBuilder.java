package vn.dxmonitor.dashboard.ranking;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.runtime.json.JsonCodec;

/** Lays a ranking out for the page: table, bar chart, most improved, bands. */
final class RankingViewBuilder {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);
  private static final Map<String, String> BAND_COLOURS =
      Map.of(
          "excellent", "#1e7b34",
          "good", "#1565c0",
          "average", "#8a5a00",
          "weak", "#a4161a");
  static final int MOST_IMPROVED = 3;

  private final PageContext page;
  private final PageText text;
  private final RankingProperties rules;

  RankingViewBuilder(PageContext page, RankingProperties rules) {
    this.page = page;
    this.text = page.text();
    this.rules = rules;
  }

  RankingView build(
      List<Plan> plans,
      Plan plan,
      List<UnitLevel> levels,
      UnitLevel level,
      Ranking ranking,
      boolean searchFailed) {
    List<RankingView.Row> rows =
        ranking == null ? List.of() : ranking.entries().stream().map(this::row).toList();
    List<RankingView.Row> improved =
        ranking == null
            ? List.of()
            : ranking.entries().stream()
                .filter(entry -> entry.scoreChange() != null && entry.scoreChange() > 0)
                .sorted(Comparator.comparingDouble(RankingEntry::scoreChange).reversed())
                .limit(MOST_IMPROVED)
                .map(this::row)
                .toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", rows.stream().map(RankingView.Row::name).toList());
    chart.put("scores", rows.stream().map(RankingView.Row::scoreValue).toList());
    chart.put("colours", rows.stream().map(row -> BAND_COLOURS.get(row.band())).toList());
    chart.put("label", text.get("ranking.score"));
    chart.put("axis", text.get("ranking.score"));
    chart.put("units", text.get("table.unit"));
    String frozen =
        ranking == null || ranking.frozen() == null
            ? ""
            : text.format(
                "ranking.frozenBy",
                ranking.frozen().frozenBy(),
                DATE_TIME.format(ranking.frozen().frozenAt()));
    return new RankingView(
        page.root().code(),
        page.root().name(),
        plans.stream()
            .map(
                p ->
                    new RankingView.Choice(
                        p.id(), p.name() == null ? p.id() : p.name(), p.equals(plan)))
            .toList(),
        levels.stream()
            .map(l -> new RankingView.Choice(l.id(), text.get("level." + l.id()), l == level))
            .toList(),
        plan == null ? "" : plan.id(),
        level == null ? "" : level.id(),
        DATE.format(page.day()),
        page.day().toString(),
        page.today().toString(),
        page.isPast(),
        ranking == null || ranking.interim() == null ? "" : DATE.format(ranking.interim()),
        frozen,
        rows,
        improved,
        List.of(
            legend(Band.EXCELLENT, rules.excellent()),
            legend(Band.GOOD, rules.good()),
            legend(Band.AVERAGE, rules.average()),
            legend(Band.WEAK, 0)),
        JsonCodec.writeString(chart),
        searchFailed);
  }

  private RankingView.Row row(RankingEntry entry) {
    Integer change = entry.rankChange();
    return new RankingView.Row(
        entry.rank(),
        entry.unit(),
        entry.name(),
        Numbers.format(entry.score(), text.locale()),
        entry.score(),
        entry.band(),
        text.get("band." + entry.band()),
        change(change),
        change == null || change == 0 ? "same" : change > 0 ? "up" : "down",
        change(entry.rankChangeSinceInterim()),
        entry.scoreChange() == null ? "" : signed(entry.scoreChange()));
  }

  private RankingView.BandLegend legend(Band band, double from) {
    return new RankingView.BandLegend(
        band.id(), text.get("band." + band.id()), Numbers.format(from, text.locale()));
  }

  private String signed(double change) {
    String formatted = Numbers.format(Math.abs(change), text.locale());
    return change > 0 ? "+" + formatted : change < 0 ? "−" + formatted : formatted;
  }

  private static String change(Integer change) {
    if (change == null) {
      return Numbers.NONE;
    }
    return change > 0 ? "▲ " + change : change < 0 ? "▼ " + (-change) : "=";
  }
}
