package vn.dxmonitor.model.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.calendar.WorkingDays;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;

/** What the status judge decides from a published value, beyond the trajectory maths. */
class StatusJudgeTest {

  private static final int WINDOW = 30;
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
  private static final Indicator RATIO =
      new Indicator(
          "i",
          "i",
          "i",
          Pillar.DIGITAL_GOVERNMENT,
          IndicatorKind.RATIO_OF_COUNTS,
          "percent",
          WINDOW,
          Period.ofDays(7),
          Rollup.SUM,
          false,
          null,
          null,
          null);
  private static final Plan PLAN = new Plan("p", "p", null, "s", null, START, null);
  private static final Unit PROVINCE =
      BuiltInUnits.giaLai().find(BuiltInUnits.GIA_LAI).orElseThrow();

  private final StatusJudge judge = new StatusJudge();

  @Test
  void aUnitSilentForLongerThanTheCadenceHasNoData() {
    LocalDate day = LocalDate.of(2026, 6, 30);
    Catalog catalog = catalog(target(80, null));
    Target target = catalog.targets().get(0);

    Assessment silent =
        judge.judge(
            catalog,
            target,
            made(day, value(50.0, lastHeard(day.minusDays(8)), null)),
            day,
            List.of());
    Assessment heard =
        judge.judge(
            catalog,
            target,
            made(day, value(50.0, lastHeard(day.minusDays(7)), null)),
            day,
            List.of());

    assertThat(silent.status()).isEqualTo(Status.NO_DATA);
    assertThat(silent.gap()).isNull();
    assertThat(heard.status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void theDaysOfTetAreNotCountedAsSilence() {
    // Heard of on Thursday 12 February 2026; Tết closes offices from the 16th to the 20th.
    LocalDate heard = LocalDate.of(2026, 2, 12);
    Catalog catalog = catalog(target(80, null));
    Target target = catalog.targets().get(0);

    LocalDate elevenDaysLater = heard.plusDays(11);
    LocalDate thirteenDaysLater = heard.plusDays(13);

    assertThat(
            judge
                .judge(
                    catalog,
                    target,
                    made(elevenDaysLater, value(50.0, lastHeard(heard), null)),
                    elevenDaysLater,
                    List.of())
                .status())
        .isNotEqualTo(Status.NO_DATA);
    assertThat(
            StatusJudge.isSilent(
                lastHeard(heard), Period.ofDays(7), elevenDaysLater, WorkingDays.national()))
        .isFalse();
    assertThat(
            StatusJudge.isSilent(
                lastHeard(heard), Period.ofDays(7), thirteenDaysLater, WorkingDays.national()))
        .isTrue();
  }

  @Test
  void aValueReadAfterItWasMadeStandsAsItWasMadeSilenceIncluded() {
    LocalDate made = LocalDate.of(2026, 6, 30);
    LocalDate later = made.plusDays(30);
    Catalog catalog = catalog(target(80, null));
    Target target = catalog.targets().get(0);
    IndicatorValue heardWhenMade = made(made, value(50.0, lastHeard(made.minusDays(1)), null));
    IndicatorValue silentWhenMade = made(made, value(50.0, lastHeard(made.minusDays(20)), null));

    assertThat(judge.judge(catalog, target, heardWhenMade, later, List.of()).status())
        .isEqualTo(Status.BEHIND);
    assertThat(judge.judge(catalog, target, silentWhenMade, later, List.of()).status())
        .isEqualTo(Status.NO_DATA);
  }

  @Test
  void aValueThatDoesNotSayWhenItWasLastHeardOfIsJudgedOnItsFigure() {
    LocalDate day = LocalDate.of(2026, 6, 30);
    Catalog catalog = catalog(target(80, null));

    Assessment assessment =
        judge.judge(catalog, catalog.targets().get(0), value(90.0, null, null), day, List.of());

    assertThat(assessment.status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void noValueIsNoData() {
    Catalog catalog = catalog(target(80, null));

    Assessment assessment =
        judge.judge(catalog, catalog.targets().get(0), null, START.plusDays(10), List.of());

    assertThat(assessment.status()).isEqualTo(Status.NO_DATA);
  }

  @Test
  void theDailyCountsTheValueCarriesCanMakeItsWindowUnreachable() {
    // 9 days before the deadline the window ending on it holds 20 closed days of 10 of 20; 10 more
    // days of 20, all successes, end at 400 of 600 = 66.7 % < 80 %
    LocalDate day = DEADLINE.minusDays(9);
    List<DailyCounts> closedDays = new ArrayList<>();
    for (LocalDate d = DEADLINE.minusDays(29); d.isBefore(day); d = d.plusDays(1)) {
      closedDays.add(new DailyCounts(d, 10, 20));
    }
    Catalog catalog = catalog(target(80, null));
    Target target = catalog.targets().get(0);
    Instant heard = lastHeard(day);

    Assessment withCounts =
        judge.judge(catalog, target, value(50.0, heard, closedDays), day, List.of());
    Assessment withoutCounts =
        judge.judge(catalog, target, value(50.0, heard, null), day, List.of());

    assertThat(withCounts.status()).isEqualTo(Status.UNREACHABLE);
    assertThat(withoutCounts.status()).isEqualTo(Status.BEHIND);
  }

  @Test
  void theTargetsOwnBaselineOutweighsTheOneTheValueObserved() {
    LocalDate day = LocalDate.of(2026, 7, 2);
    Catalog observedOnly = catalog(target(80, null));
    Catalog fixedByThePlan = catalog(target(80, new Baseline(START, 20)));
    IndicatorValue value = withBaseline(value(50.0, lastHeard(day), null), new Baseline(START, 60));

    double fromObserved =
        judge.judge(observedOnly, observedOnly.targets().get(0), value, day, List.of()).expected();
    double fromPlan =
        judge
            .judge(fixedByThePlan, fixedByThePlan.targets().get(0), value, day, List.of())
            .expected();

    assertThat(fromObserved).isCloseTo(70, org.assertj.core.data.Offset.offset(0.5));
    assertThat(fromPlan).isCloseTo(50, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void theGoverningTargetIsTheOneOfThePlanVersionInForceAtTheEndOfTheDay() {
    Catalog before = catalog(target(80, null));
    Catalog after = catalog(target(60, null));
    Instant edited = Instant.parse("2026-06-30T15:00:00Z"); // 22:00 in Vietnam
    CatalogSource source =
        new CatalogSource() {
          @Override
          public Catalog catalog() {
            return after;
          }

          @Override
          public Catalog catalogAt(Instant instant) {
            return instant.isBefore(edited) ? before : after;
          }

          @Override
          public UnitHistory units() {
            return UnitHistory.timeless(BuiltInUnits.giaLai());
          }
        };
    IndicatorValue value = value(70.0, edited, null);

    Status dayBefore = governing(source, value, LocalDate.of(2026, 6, 29)).status();
    Status dayOfTheEdit = governing(source, value, LocalDate.of(2026, 6, 30)).status();

    assertThat(dayBefore).isNotEqualTo(Status.ACHIEVED);
    assertThat(dayOfTheEdit).isEqualTo(Status.ACHIEVED);
  }

  /** The standing against the target governing on the day, in the catalog in force that day. */
  private Assessment governing(CatalogSource source, IndicatorValue value, LocalDate day) {
    Catalog inForce = source.catalogOn(day);
    Target target = inForce.governingTarget("i", PROVINCE, source.units(), day).orElseThrow();
    return judge.judge(inForce, target, value, day, List.of());
  }

  private static Target target(double value, Baseline baseline) {
    return new Target(
        "t",
        "p",
        "i",
        UnitLevel.PROVINCE,
        Comparator.AT_LEAST,
        value,
        DEADLINE,
        "q",
        null,
        null,
        null,
        baseline,
        List.of(),
        Curve.LINEAR,
        null,
        Set.of());
  }

  private static Catalog catalog(Target target) {
    return new Catalog(List.of(RATIO), List.of(PLAN), List.of(target));
  }

  private static Instant lastHeard(LocalDate day) {
    return day.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant();
  }

  private static IndicatorValue value(Double figure, Instant lastEventAt, List<DailyCounts> days) {
    return new IndicatorValue(
        new IndicatorValue.Where(BuiltInUnits.GIA_LAI, "Tỉnh Gia Lai", "province", null),
        "i",
        "ratio-of-counts",
        new IndicatorValue.Window(WINDOW, 0, 0, figure),
        new IndicatorValue.YearToDate(2026, 0, 0, null),
        new IndicatorValue.Activity(1, lastEventAt, days),
        IndicatorValue.Standing.NONE,
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        lastEventAt);
  }

  private static IndicatorValue made(LocalDate day, IndicatorValue v) {
    return new IndicatorValue(
        v.where(),
        v.indicator(),
        v.kind(),
        v.window(),
        v.yearToDate(),
        v.activity(),
        IndicatorValue.Standing.baselineOnly(v.standing().baseline()),
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        lastHeard(day));
  }

  private static IndicatorValue withBaseline(IndicatorValue v, Baseline baseline) {
    return new IndicatorValue(
        v.where(),
        v.indicator(),
        v.kind(),
        v.window(),
        v.yearToDate(),
        v.activity(),
        IndicatorValue.Standing.baselineOnly(baseline),
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        v.updatedAt());
  }
}
