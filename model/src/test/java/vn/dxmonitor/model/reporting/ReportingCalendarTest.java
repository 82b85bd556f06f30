package vn.dxmonitor.model.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingDeadlines;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;

class ReportingCalendarTest {

  private static final String PROVINCE = BuiltInUnits.GIA_LAI;
  private static final String COMMUNE = "21583";
  private static final String QUARTERLY = "digital-economy-share";
  private static final String YEARLY = "labour-productivity-growth";
  private static final String STREAMED = "work-records-online";
  private static final String PLAN = "kh-2026";
  private static final String OWN_DAYS = "nq-own-days";

  private final UnitHistory units = UnitHistory.timeless(BuiltInUnits.giaLai());

  @Test
  void aProvinceOwesEachReportedFigureItHasATargetOnAndNoStreamedOne() {
    ReportingCalendar calendar = new ReportingCalendar(catalog(), units);

    List<DueFigure> due =
        calendar.due(PROVINCE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    assertThat(due)
        .containsExactly(
            new DueFigure(PROVINCE, QUARTERLY, period("2026-Q4"), day("2026-12-15"), PLAN),
            // 20 December 2026 is a Sunday.
            new DueFigure(PROVINCE, YEARLY, period("2026"), day("2026-12-21"), PLAN));
  }

  @Test
  void aCommuneOwesOnlyWhatItsLevelIsSetAndUnderItsPlansOwnDeadlines() {
    ReportingCalendar calendar = new ReportingCalendar(catalog(), units);

    List<DueFigure> due =
        calendar.due(COMMUNE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(due)
        .extracting(figure -> figure.period().id() + " " + figure.deadline())
        // The plan's own day, the 5th of the quarter's last month: 5 September and 5 December
        // 2026 are Saturdays.
        .containsExactly(
            "2026-Q1 2026-03-05", "2026-Q2 2026-06-05", "2026-Q3 2026-09-07", "2026-Q4 2026-12-07");
    assertThat(due).allMatch(figure -> figure.indicator().equals(QUARTERLY));
    assertThat(due).allMatch(figure -> figure.plan().equals(OWN_DAYS));
  }

  @Test
  void nothingIsDueBeforeAPlanStartsNorAfterItsLastDeadline() {
    ReportingCalendar calendar = new ReportingCalendar(catalog(), units);

    assertThat(calendar.due(PROVINCE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .isEmpty();
    assertThat(calendar.due(PROVINCE, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)))
        .isEmpty();
    assertThat(calendar.due("99999", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEmpty();
  }

  @Test
  void aFigureIsOverdueTheDayAfterItsDeadline() {
    DueFigure figure =
        new ReportingCalendar(catalog(), units)
            .figure(PROVINCE, indicator(QUARTERLY, Period.ofMonths(3)), period("2026-Q4"))
            .orElseThrow();

    assertThat(figure.stateOn(figure.deadline(), null)).isEqualTo(DueState.DUE);
    assertThat(figure.stateOn(figure.deadline().plusDays(1), null)).isEqualTo(DueState.OVERDUE);
    assertThat(figure.stateOn(figure.deadline().plusDays(1), day("2026-09-30")))
        .as("last quarter's figure does not answer this quarter's")
        .isEqualTo(DueState.OVERDUE);
    assertThat(figure.stateOn(figure.deadline().plusDays(1), day("2026-12-31")))
        .isEqualTo(DueState.RECEIVED);
  }

  private static Catalog catalog() {
    Set<String> giaLai = Set.of(PROVINCE);
    Plan plan =
        new Plan(PLAN, "KH", "gia-lai", "seed", day("2026-01-01"), day("2026-01-01"), giaLai);
    Plan ownDays =
        new Plan(
            OWN_DAYS,
            "NQ",
            "gia-lai",
            "seed",
            day("2026-01-01"),
            day("2026-01-01"),
            giaLai,
            List.of(),
            ReportingDeadlines.defaults().with(ReportingCadence.QUARTERLY, 5));
    return new Catalog(
        List.of(
            indicator(QUARTERLY, Period.ofMonths(3)),
            indicator(YEARLY, Period.ofYears(1)),
            indicator(STREAMED, Period.ofDays(7))),
        List.of(plan, ownDays),
        List.of(
            target(PLAN, QUARTERLY, UnitLevel.PROVINCE, "2027-12-31"),
            target(PLAN, YEARLY, UnitLevel.PROVINCE, "2027-12-31"),
            target(PLAN, STREAMED, UnitLevel.PROVINCE, "2027-12-31"),
            target(OWN_DAYS, QUARTERLY, UnitLevel.COMMUNE, "2027-12-31"),
            target(OWN_DAYS, STREAMED, UnitLevel.COMMUNE, "2027-12-31")));
  }

  private static Indicator indicator(String id, Period cadence) {
    return new Indicator(
        id,
        id,
        id,
        Pillar.DIGITAL_ECONOMY,
        cadence.getDays() > 0 ? IndicatorKind.RATIO_OF_COUNTS : IndicatorKind.MEASUREMENT,
        "percent",
        cadence.getDays() > 0 ? 30 : 0,
        cadence,
        Rollup.NONE,
        false,
        null,
        null,
        null);
  }

  private static Target target(String plan, String indicator, UnitLevel level, String deadline) {
    return new Target(
        plan + "/" + indicator + "/" + level,
        plan,
        indicator,
        level,
        Comparator.AT_LEAST,
        50,
        day(deadline),
        "quote",
        null,
        null,
        null);
  }

  private static ReportingPeriod period(String id) {
    return ReportingPeriod.parse(id).orElseThrow();
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
