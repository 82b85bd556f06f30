package vn.dxmonitor.dashboard.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dxmonitor.dashboard.page.AlertItems;
import vn.dxmonitor.dashboard.page.Numbers;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.page.StatusLabels;
import vn.dxmonitor.dashboard.page.UnitLevels;
import vn.dxmonitor.dashboard.ranking.Ranking;
import vn.dxmonitor.dashboard.ranking.RankingEntry;
import vn.dxmonitor.dashboard.ranking.RankingQuery;
import vn.dxmonitor.dashboard.ranking.Rankings;
import vn.dxmonitor.dashboard.search.RevisionSearch;
import vn.dxmonitor.dashboard.status.AsOfDay;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.dashboard.status.ValuesAt;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Review;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Puts together the review report of a plan for a province on a day: every target with the
 * province's result (its standing, the {@link StatusJudge}'s verdict on its value that day, and for
 * a lower level how many units reached the target), the ranking of each level the plan sets targets
 * for, and the collectives proposed for an award — the best scored, banded good or excellent, up to
 * the quota of the review the report serves (the one held that day, else the next, else the last).
 */
@Component
public class ReviewReports {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ValuesAt values;
  private final Rankings rankings;
  private final StatusJudge judge;
  private final RevisionSearch revisions;

  public ReviewReports(
      ValuesAt values, Rankings rankings, StatusJudge judge, RevisionSearch revisions) {
    this.values = values;
    this.rankings = rankings;
    this.judge = judge;
    this.revisions = revisions;
  }

  public ReviewReport build(PageContext page, Plan plan) {
    PageText text = page.text();
    Unit province = page.root();
    List<Target> targets =
        page.catalog().targets().stream()
            .filter(target -> target.planId().equals(plan.id()))
            .sorted(Comparator.comparing(Target::level).thenComparing(Target::deadline))
            .toList();
    List<Unit> subtree = page.units().subtree(province.code());
    Set<String> indicators = new LinkedHashSet<>();
    targets.forEach(target -> indicators.add(target.indicatorId()));
    ValueTable table =
        values.read(
            subtree.stream().map(Unit::code).toList(), indicators, page.day(), page.today());
    AlertItems names = new AlertItems(page);
    List<ReviewReport.TargetLine> lines = new ArrayList<>();
    for (Target target : targets) {
      lines.add(line(page, target, subtree, table, names));
    }
    List<ReviewReport.LevelRanking> levels = new ArrayList<>();
    List<Shortlist.Candidate> candidates = new ArrayList<>();
    String frozen = "";
    for (UnitLevel level :
        UnitLevels.targetedBy(page.catalog(), plan.id(), UnitLevels.under(subtree))) {
      Ranking ranking =
          rankings.rank(
              new RankingQuery(plan.id(), level, province.code(), page.day(), page.today()));
      Map<String, String> revised = Map.of();
      if (ranking.frozen() != null) {
        frozen = text.format("report.frozen", ranking.frozen().frozenBy());
        revised = revisedAfter(page, ranking, indicators, names);
      }
      Map<String, String> notes = revised;
      String label = text.get("level." + level.id());
      levels.add(
          new ReviewReport.LevelRanking(
              level.id(),
              label,
              ranking.entries().stream()
                  .map(
                      entry ->
                          new ReviewReport.Ranked(
                              entry.rank(),
                              entry.unit(),
                              entry.name(),
                              Numbers.format(entry.score(), text.locale()),
                              text.get("band." + entry.band()),
                              notes.getOrDefault(entry.unit(), "")))
                  .toList()));
      for (RankingEntry entry : ranking.entries()) {
        candidates.add(new Shortlist.Candidate(entry, label));
      }
    }
    Optional<Review> review = servedReview(plan, page.day());
    Integer quota = review.map(Review::collectives).orElse(null);
    List<ReviewReport.Nominee> shortlist = new ArrayList<>();
    for (Shortlist.Candidate chosen : Shortlist.of(candidates, quota)) {
      shortlist.add(
          new ReviewReport.Nominee(
              shortlist.size() + 1,
              chosen.entry().unit(),
              chosen.entry().name(),
              chosen.level(),
              Numbers.format(chosen.entry().score(), text.locale()),
              text.get("band." + chosen.entry().band())));
    }
    return new ReviewReport(
        plan.id(),
        plan.name() == null ? plan.id() : plan.name(),
        plan.source() == null ? "" : plan.source(),
        province.code(),
        province.name(),
        DATE.format(page.day()),
        page.day().toString(),
        review
            .map(r -> text.get("report.review." + r.kind()) + " (" + DATE.format(r.date()) + ")")
            .orElse(""),
        quota,
        review.map(Review::individuals).orElse(null),
        lines,
        levels,
        shortlist,
        frozen);
  }

  /**
   * For a frozen ranking, what was revised behind it: each unit's figures true by the review day
   * whose revision or retraction was accepted after the freeze, as "indicator: frozen → now".
   */
  private Map<String, String> revisedAfter(
      PageContext page, Ranking ranking, Set<String> indicators, AlertItems names) {
    PageText text = page.text();
    List<String> units = ranking.entries().stream().map(RankingEntry::unit).toList();
    Map<String, List<String>> changes = new LinkedHashMap<>();
    for (RevisionEntry revision :
        revisions.acceptedAfter(
            units, indicators, AsOfDay.endOf(page.day()), ranking.frozen().frozenAt())) {
      String indicator =
          page.catalog()
              .indicator(revision.indicator())
              .map(names::name)
              .orElse(revision.indicator());
      changes
          .computeIfAbsent(revision.unit(), unit -> new ArrayList<>())
          .add(
              indicator
                  + ": "
                  + figure(revision.before(), text)
                  + " → "
                  + figure(revision.after(), text));
    }
    Map<String, String> notes = new LinkedHashMap<>();
    changes.forEach(
        (unit, lines) ->
            notes.put(unit, text.format("report.revisedAfterFreeze", String.join("; ", lines))));
    return notes;
  }

  private static String figure(RevisionEntry.Figure figure, PageText text) {
    if (figure == null) {
      return text.get("report.withdrawn");
    }
    if (figure.value() != null) {
      return Numbers.format(figure.value(), text.locale());
    }
    if (figure.count() != null) {
      return Numbers.format((double) figure.count(), text.locale());
    }
    if (figure.compliant() != null) {
      return text.get(figure.compliant() ? "report.compliant" : "report.notCompliant");
    }
    return figure.numerator() + "/" + figure.denominator();
  }

  /** The review held on the day, else the next one, else the last one before it. */
  static Optional<Review> servedReview(Plan plan, LocalDate day) {
    Optional<Review> onOrAfter =
        plan.reviews().stream().filter(review -> !review.date().isBefore(day)).findFirst();
    return onOrAfter.isPresent()
        ? onOrAfter
        : plan.reviews().stream().reduce((earlier, later) -> later);
  }

  /** A unit's standing against one of the plan's targets on the report's day. */
  public static Assessment standing(
      StatusJudge judge, PageContext page, Target target, Unit unit, ValueTable table) {
    IndicatorValue value = table.find(unit.code(), target.indicatorId()).orElse(null);
    return judge.judge(page.catalog(), target, value, page.day(), List.of());
  }

  private ReviewReport.TargetLine line(
      PageContext page, Target target, List<Unit> subtree, ValueTable table, AlertItems names) {
    PageText text = page.text();
    String indicator =
        page.catalog()
            .indicator(target.indicatorId())
            .map(names::name)
            .orElse(target.indicatorId());
    String goal =
        target.comparator().symbol() + " " + Numbers.format(target.value(), text.locale());
    String result = Numbers.NONE;
    String expected = Numbers.NONE;
    String status = "";
    if (target.level() == UnitLevel.PROVINCE) {
      IndicatorValue value = table.find(page.root().code(), target.indicatorId()).orElse(null);
      Assessment assessment = standing(judge, page, target, page.root(), table);
      result = Numbers.format(value == null ? null : value.window().value(), text.locale());
      expected = Numbers.format(assessment.expected(), text.locale());
      status = StatusLabels.label(text, assessment.status());
    } else {
      int judged = 0;
      int reached = 0;
      for (Unit unit : subtree) {
        if (unit.level() != target.level()
            || !page.catalog()
                .targetsFor(target.indicatorId(), unit, page.history(), page.today())
                .contains(target)) {
          continue;
        }
        judged++;
        if (standing(judge, page, target, unit, table).status() == Status.ACHIEVED) {
          reached++;
        }
      }
      result =
          judged == 0 ? text.get("report.noUnits") : text.format("report.reached", reached, judged);
    }
    return new ReviewReport.TargetLine(
        text.get("level." + target.level().id()),
        indicator,
        goal,
        DATE.format(target.deadline()),
        result,
        expected,
        status,
        target.quote() == null ? "" : target.quote());
  }
}
