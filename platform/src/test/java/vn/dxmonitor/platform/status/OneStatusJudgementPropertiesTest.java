package vn.dxmonitor.platform.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.SoftAssertions;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.evaluate.Observation;
import vn.dxmonitor.alerting.evaluate.Situation;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.dashboard.page.DashboardMessages;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.report.ReviewReports;
import vn.dxmonitor.dashboard.status.StatusAssessment;
import vn.dxmonitor.dashboard.status.StatusQuery;
import vn.dxmonitor.dashboard.status.TargetStatus;
import vn.dxmonitor.dashboard.status.ValueTable;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.aggregate.ValueMaker;
import vn.dxmonitor.processor.aggregate.ValueState;
import vn.dxmonitor.processor.contribution.Contribution;
import vn.dxmonitor.processor.window.PeriodStarts;

/**
 * The processor, the alerting engine, the dashboard's status and the review report judge the same
 * unit, indicator and instant alike. Each is driven through its own code path — the processor makes
 * the value from a unit's events, and the value it publishes is what the other three read — over a
 * catalog whose plan has a second version taking effect near the instant judged. Any of them that
 * decided silence, the baseline, the reachability of a ratio's window or the catalog version in its
 * own way would disagree with the others on some sample.
 */
class OneStatusJudgementPropertiesTest {

  private static final String INDICATOR = "indicator";
  private static final String PLAN = "plan";
  private static final UnitRegistry REGISTRY = BuiltInUnits.giaLai();
  private static final UnitHistory UNITS = UnitHistory.timeless(REGISTRY);
  private static final StatusJudge JUDGE = new StatusJudge(new TargetAssessor());

  /** What every reader must agree on. */
  record Verdict(String targetId, Status status, Double expected, Double gap, Long daysBehind) {

    static final Verdict NONE = new Verdict(null, null, null, null, null);

    static Verdict of(Assessment assessment) {
      return new Verdict(
          assessment.target().id(),
          assessment.status(),
          assessment.expected(),
          assessment.gap(),
          assessment.daysBehind());
    }
  }

  @Property(tries = 400)
  void everyReaderJudgesAValueAsTheProcessorDid(@ForAll("scenarios") Scenario scenario) {
    CatalogSource source = scenario.source();
    Instant now = scenario.now();
    LocalDate today = VietnamTime.dateOf(now);
    Unit unit = scenario.unit();
    String key = ValueKey.of(unit.code(), INDICATOR);

    IndicatorValue value =
        new ValueMaker(source, JUDGE).make(key, scenario.state(), now).orElseThrow();
    Verdict processor =
        value.standing().targetId() == null
            ? Verdict.NONE
            : new Verdict(
                value.standing().targetId(),
                value.standing().status(),
                value.standing().expected(),
                value.standing().gap(),
                value.standing().daysBehind());

    Verdict alerting =
        new Evaluator(source, JUDGE, RuleSet::defaults)
            .situation(Observation.first(value, today), today)
            .map(Situation::assessment)
            .map(Verdict::of)
            .orElse(Verdict.NONE);

    StatusAssessment assessment =
        StatusAssessment.of(source, JUDGE, new StatusQuery(unit.code(), null, now, today));
    TargetStatus shown =
        assessment
            .assess(
                assessment.governing(unit, Set.of(INDICATOR)),
                (code, indicator) -> Optional.of(value).filter(v -> v.where().unit().equals(code)))
            .stream()
            .filter(status -> status.indicator().equals(INDICATOR))
            .findFirst()
            .orElseThrow();
    Verdict dashboard =
        new Verdict(
            shown.targetId(), shown.status(), shown.expected(), shown.gap(), shown.daysBehind());

    PageContext page =
        PageContext.of(
            new DashboardMessages().in(Locale.ENGLISH),
            source,
            today,
            today,
            REGISTRY,
            unit,
            instant -> List.of());
    // The target the review would show for the unit, resolved in the review's own catalog of the
    // day: one picked by the processor's id would hide a review that resolved another
    Verdict review =
        page.catalog()
            .governingTarget(INDICATOR, unit, page.history(), page.day())
            .map(
                target ->
                    Verdict.of(
                        ReviewReports.standing(
                            JUDGE, page, target, unit, ValueTable.of(List.of(value)))))
            .orElse(Verdict.NONE);

    Statistics.label("status").collect(processor.status());
    Statistics.label("kind").collect(scenario.indicator().kind());
    Statistics.label("plan edited")
        .collect(
            scenario.secondFrom() == null
                ? "never"
                : !scenario
                        .secondFrom()
                        .isBefore(today.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant())
                    ? "after the day"
                    : scenario.secondFrom().isAfter(now) ? "later that day" : "before");

    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(alerting)
              .as("the alert evaluator's verdict input")
              .isEqualTo(processor);
          softly.assertThat(dashboard).as("the dashboard's status").isEqualTo(processor);
          softly.assertThat(review).as("the review report's status").isEqualTo(processor);
        });
  }

  // ---- scenarios --------------------------------------------------------------------------

  /** A unit's events for one indicator, the plan's two versions, and the instant judged. */
  record Scenario(
      Indicator indicator,
      Unit unit,
      LocalDate planStart,
      List<Target> first,
      List<Target> second,
      Instant secondFrom,
      List<Event> events,
      Baseline presetBaseline,
      Instant now) {

    CatalogSource source() {
      Plan plan = new Plan(PLAN, "Plan", null, "seed", null, planStart, Set.of());
      Catalog one = new Catalog(List.of(indicator), List.of(plan), first);
      Catalog two = second == null ? null : new Catalog(List.of(indicator), List.of(plan), second);
      return new VersionedSource(one, two, secondFrom, UNITS);
    }

    ValueState state() {
      ValueState state = new ValueState();
      PeriodStarts starts = new PeriodStarts(List.of(planStart));
      LocalDate today = VietnamTime.dateOf(now);
      for (Event event : events) {
        LocalDate day = VietnamTime.dateOf(event.at());
        state.apply(event.contribution(indicator.kind()), starts.periodOf(day), today);
      }
      if (presetBaseline != null) {
        state.baseline(presetBaseline);
      }
      return state;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s %s (window %d, cadence %s) for %s, plan from %s%n  v1 %s%n  v2 from %s %s%n"
              + "  events %s%n  baseline %s, judged at %s",
          indicator.kind(),
          indicator.id(),
          indicator.windowDays(),
          indicator.cadence(),
          unit.code(),
          planStart,
          first.stream().map(OneStatusJudgementPropertiesTest::describe).toList(),
          secondFrom,
          second == null
              ? "-"
              : second.stream().map(OneStatusJudgementPropertiesTest::describe).toList(),
          events,
          presetBaseline,
          now);
    }
  }

  /** One event of the unit: counts for a ratio or a counter, a figure for a measurement. */
  record Event(Instant at, long numerator, long denominator, double figure) {

    Contribution contribution(IndicatorKind kind) {
      return switch (kind) {
        case RATIO_OF_COUNTS -> Contribution.counts(at, null, numerator, denominator);
        case COUNTER -> Contribution.counts(at, null, numerator, 0);
        default -> Contribution.report(at, figure);
      };
    }
  }

  /**
   * A catalog topic with a plan edited once: {@link #catalog()} is its latest version, as the view
   * of the topic has it, {@link #catalogAt} the version in force at an instant.
   */
  record VersionedSource(Catalog first, Catalog second, Instant secondFrom, UnitHistory units)
      implements CatalogSource {

    @Override
    public Catalog catalog() {
      return second == null ? first : second;
    }

    @Override
    public Catalog catalogAt(Instant instant) {
      return second != null && !secondFrom.isAfter(instant) ? second : first;
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Instant> now =
        Arbitraries.longs()
            .between(
                Instant.parse("2024-03-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2031-06-30T00:00:00Z").getEpochSecond())
            .map(Instant::ofEpochSecond);
    // The rest of a scenario is drawn from a seed, so that a reported sample is the one that ran.
    return Combinators.combine(
            indicators(), Arbitraries.of(BuiltInUnits.GIA_LAI, "21583"), now, Arbitraries.longs())
        .as(
            (indicator, unitCode, at, seed) ->
                scenario(
                    indicator,
                    REGISTRY.find(unitCode).orElseThrow(),
                    at,
                    new java.util.Random(seed)));
  }

  private static Arbitrary<Indicator> indicators() {
    Arbitrary<IndicatorKind> kind =
        Arbitraries.of(
            IndicatorKind.RATIO_OF_COUNTS,
            IndicatorKind.RATIO_OF_COUNTS,
            IndicatorKind.MEASUREMENT,
            IndicatorKind.COUNTER);
    return Combinators.combine(
            kind, Arbitraries.integers().between(7, 45), Arbitraries.integers().between(1, 30))
        .as(
            (k, window, cadence) ->
                new Indicator(
                    INDICATOR,
                    "Chỉ số",
                    "Indicator",
                    Pillar.DIGITAL_GOVERNMENT,
                    k,
                    k == IndicatorKind.COUNTER ? "count" : "percent",
                    k == IndicatorKind.RATIO_OF_COUNTS ? window : 0,
                    Period.ofDays(cadence),
                    Rollup.SUM,
                    false,
                    null,
                    null,
                    null));
  }

  /**
   * Deadlines and the plan's second version fall near the instant judged more often than a uniform
   * draw would put them, so that a ratio's last window before its deadline and a version that takes
   * effect later the same day are met.
   */
  private static Scenario scenario(
      Indicator indicator, Unit unit, Instant now, java.util.Random random) {
    LocalDate today = VietnamTime.dateOf(now);
    LocalDate planStart = today.minusDays(random.nextInt(900) - 60L);
    int count = 1 + random.nextInt(3);
    List<Target> first = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      first.add(target("t" + i, indicator, unit, today, random));
    }
    List<Target> second = null;
    Instant secondFrom = null;
    if (random.nextInt(3) > 0) {
      second = new ArrayList<>();
      for (Target target : first) {
        second.add(random.nextBoolean() ? target : edited(target, indicator, today, random));
      }
      secondFrom = now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 6) - 60 * 24 * 3L));
    }
    List<Event> events = new ArrayList<>();
    int eventCount = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(60);
    int spread = random.nextBoolean() ? 20 : 120;
    int successRate = random.nextInt(101);
    boolean heardToday = random.nextBoolean();
    for (int i = 0; i < eventCount; i++) {
      int minutesAgo =
          heardToday && i == 0 ? random.nextInt(24 * 60) : random.nextInt(spread * 24 * 60);
      Instant at = now.minus(Duration.ofMinutes(minutesAgo));
      long denominator = 1 + random.nextInt(20);
      long numerator = 0;
      for (int j = 0; j < denominator; j++) {
        numerator += random.nextInt(100) < successRate ? 1 : 0;
      }
      events.add(new Event(at, numerator, denominator, random.nextDouble() * 100));
    }
    events.sort(Comparator.comparing(Event::at));
    Baseline baseline =
        random.nextInt(4) == 0
            ? new Baseline(planStart.plusDays(random.nextInt(60)), random.nextDouble() * 100)
            : null;
    return new Scenario(
        indicator, unit, planStart, first, second, secondFrom, events, baseline, now);
  }

  private static Target target(
      String id, Indicator indicator, Unit unit, LocalDate today, java.util.Random random) {
    LocalDate deadline = deadline(indicator, today, random);
    double scale = indicator.kind() == IndicatorKind.COUNTER ? 600 : 100;
    List<TrajectoryPoint> milestones = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      milestones.add(
          new TrajectoryPoint(
              deadline.minusDays(1 + random.nextInt(400)), random.nextDouble() * scale));
    }
    return new Target(
        id,
        PLAN,
        indicator.id(),
        unit.level(),
        vn.dxmonitor.model.catalog.Comparator.values()[random.nextInt(4)],
        Math.round(random.nextDouble() * scale * 10) / 10.0,
        deadline,
        "quote",
        null,
        null,
        null,
        random.nextInt(5) == 0
            ? new Baseline(today.minusDays(random.nextInt(700)), random.nextDouble() * scale)
            : null,
        milestones,
        random.nextInt(4) == 0 ? Curve.STEP : Curve.LINEAR,
        random.nextInt(4) == 0 ? random.nextDouble() * 5 : null,
        Set.of());
  }

  private static Target edited(
      Target target, Indicator indicator, LocalDate today, java.util.Random random) {
    double scale = indicator.kind() == IndicatorKind.COUNTER ? 600 : 100;
    return new Target(
        target.id(),
        target.planId(),
        target.indicatorId(),
        target.level(),
        target.comparator(),
        Math.round(random.nextDouble() * scale * 10) / 10.0,
        random.nextBoolean() ? target.deadline() : deadline(indicator, today, random),
        target.quote(),
        target.ambiguity(),
        target.audience(),
        target.section(),
        target.baseline(),
        target.milestones(),
        target.curve(),
        target.tolerance(),
        target.units());
  }

  /** Mostly within a ratio's window of today, where it can become unreachable; else anywhere. */
  private static LocalDate deadline(Indicator indicator, LocalDate today, java.util.Random random) {
    int window = Math.max(indicator.windowDays(), 7);
    return random.nextBoolean()
        ? today.plusDays(random.nextInt(window + 3) - 2L)
        : today.plusDays(random.nextInt(2400) - 800L);
  }

  private static String describe(Target target) {
    return String.format(
        Locale.ROOT,
        "%s %s %.1f by %s%s%s",
        target.id(),
        target.comparator().symbol(),
        target.value(),
        target.deadline(),
        target.baseline() == null ? "" : " from " + target.baseline(),
        target.milestones().isEmpty() ? "" : " via " + target.milestones());
  }
}
