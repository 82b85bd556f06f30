package vn.dxmonitor.dashboard.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.model.scorecard.Figure;
import vn.dxmonitor.model.scorecard.GroupScore;
import vn.dxmonitor.model.scorecard.ItemScore;
import vn.dxmonitor.model.scorecard.Points;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Lays a unit's score out for the page, in the reader's language: points with two decimals and the
 * index with four, as the published indices write them.
 */
final class IndexBoardBuilder {

  private final PageContext page;
  private final PageText text;
  private final boolean english;

  IndexBoardBuilder(PageContext page) {
    this.page = page;
    this.text = page.text();
    this.english = "en".equals(text.language());
  }

  IndexBoard build(
      List<Scorecard> cards,
      Scorecard card,
      Score score,
      Double published,
      UnitScores.UnitScore leader,
      List<UnitScores.UnitScore> under,
      boolean searchFailed) {
    boolean led =
        score != null && leader != null && !leader.unit().code().equals(page.root().code());
    List<IndexBoard.Choice> choices =
        cards.stream()
            .map(
                c ->
                    new IndexBoard.Choice(
                        c.id(), name(c), card != null && c.id().equals(card.id())))
            .toList();
    boolean scored = score != null;
    return new IndexBoard(
        page.root().code(),
        page.root().name(),
        page.day().toString(),
        page.today().toString(),
        page.isPast(),
        choices,
        card == null ? "" : card.id(),
        card == null ? "" : name(card),
        card == null ? "" : card.source(),
        scored ? decimals(score.points(), 2) : "—",
        card == null ? "" : decimals(card.outOf(), 0),
        scored ? decimals(score.index(), 4) : "—",
        scored ? decimals(score.lostPoints(), 2) : "—",
        scored && score.measured(),
        published == null ? "" : decimals(published, 2),
        published == null || !scored ? "" : signed(score.points() - published),
        led ? leader.unit().name() : "",
        scored ? groups(score, led ? leader.score() : null) : List.of(),
        scored ? groupChart(score) : "{}",
        scored ? lost(score) : List.of(),
        under.stream().map(this::unit).toList(),
        unitsChart(card, under),
        searchFailed);
  }

  private List<IndexBoard.GroupRow> groups(Score score, Score leader) {
    List<IndexBoard.GroupRow> rows = new java.util.ArrayList<>();
    for (int g = 0; g < score.groups().size(); g++) {
      GroupScore group = score.groups().get(g);
      rows.add(
          new IndexBoard.GroupRow(
              group.group().id(),
              english ? group.group().nameEn() : group.group().nameVi(),
              decimals(group.points(), 2),
              decimals(group.group().maxPoints(), 0),
              decimals(group.lostPoints(), 2),
              leader == null ? "" : signed(group.points() - leader.groups().get(g).points())));
    }
    return rows;
  }

  private String signed(double value) {
    String text = decimals(value, 2);
    return value > 0.005 ? "+" + text : text;
  }

  private List<IndexBoard.LostRow> lost(Score score) {
    Map<String, String> groupOfItem = new LinkedHashMap<>();
    for (GroupScore group : score.groups()) {
      String name = english ? group.group().nameEn() : group.group().nameVi();
      group.items().forEach(item -> groupOfItem.put(item.item().id(), name));
    }
    return score.lostBiggestFirst().stream()
        .map(item -> lost(item, groupOfItem.get(item.item().id())))
        .toList();
  }

  private IndexBoard.LostRow lost(ItemScore item, String group) {
    return new IndexBoard.LostRow(
        item.item().id(),
        english ? item.item().nameEn() : item.item().nameVi(),
        group,
        figure(item.figure()),
        decimals(item.points(), 2),
        decimals(item.item().maxPoints(), 0),
        decimals(item.lostPoints(), 2));
  }

  private String figure(Figure figure) {
    return switch (figure.basis()) {
      case MEASURED -> decimals(figure.value(), 2);
      case NO_BASE -> text.get("index.noBase");
      case NO_DATA -> text.get("index.noData");
    };
  }

  private IndexBoard.UnitRow unit(UnitScores.UnitScore scored) {
    return new IndexBoard.UnitRow(
        scored.unit().code(),
        scored.unit().name(),
        text.get("level." + scored.unit().level().id()),
        decimals(scored.score().points(), 2),
        scored.score().measured());
  }

  private String groupChart(Score score) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put(
        "labels",
        score.groups().stream()
            .map(g -> english ? g.group().nameEn() : g.group().nameVi())
            .toList());
    chart.put("earned", score.groups().stream().map(g -> round(g.points())).toList());
    chart.put("lost", score.groups().stream().map(g -> round(g.lostPoints())).toList());
    chart.put("earnedLabel", text.get("index.earned"));
    chart.put("lostLabel", text.get("index.lost"));
    chart.put("axis", text.get("index.pointsAxis"));
    return JsonCodec.writeString(chart);
  }

  private String unitsChart(Scorecard card, List<UnitScores.UnitScore> under) {
    List<UnitScores.UnitScore> measured =
        under.stream().filter(scored -> scored.score().measured()).toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", measured.stream().map(scored -> scored.unit().name()).toList());
    chart.put("scores", measured.stream().map(scored -> round(scored.score().points())).toList());
    chart.put("label", text.get("index.score"));
    chart.put("axis", text.get("index.pointsAxis"));
    chart.put("max", card == null ? 100 : card.outOf());
    return JsonCodec.writeString(chart);
  }

  private String name(Scorecard card) {
    return english ? card.nameEn() : card.nameVi();
  }

  private String decimals(double value, int digits) {
    return Numbers.points(value, digits, text.locale());
  }

  private static double round(double value) {
    return Points.round(value, 2);
  }
}
