package vn.dxmonitor.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.unit.BuiltInUnits;

class RevisionWindowsTest {

  private static final Instant TODAY = Instant.parse("2026-12-04T03:00:00Z");
  private static final Instant Q3_2026_END = Instant.parse("2026-09-30T16:59:59Z");
  private static final Instant YEAR_2025_END = Instant.parse("2025-12-31T16:59:59Z");

  private static Indicator statistic(String id, Period cadence, Duration ownWindow) {
    return new Indicator(
        id,
        id,
        id,
        Pillar.DIGITAL_SOCIETY,
        IndicatorKind.MEASUREMENT,
        "percent",
        0,
        cadence,
        Rollup.NONE,
        false,
        null,
        null,
        ownWindow);
  }

  private static final Indicator QUARTERLY = statistic("fiber-quarterly", Period.ofMonths(3), null);
  private static final Indicator YEARLY = statistic("grdp-yearly", Period.ofYears(1), null);
  private static final Indicator MONTHLY = statistic("monthly", Period.ofMonths(1), null);
  private static final Indicator OWN = statistic("own", Period.ofMonths(3), Duration.ofDays(10));
  private static final Indicator LIVE =
      Indicator.ratio("live", "live", "live", Pillar.DIGITAL_GOVERNMENT, 30);

  @Test
  void liveCountsKeepAShortWindowAndStatisticsOneByTheirCadence() {
    RevisionWindows windows = RevisionWindows.DEFAULTS;

    assertThat(windows.of(LIVE)).isEqualTo(Duration.ofDays(7));
    assertThat(windows.of(MONTHLY)).isEqualTo(Duration.ofDays(60));
    assertThat(windows.of(QUARTERLY)).isEqualTo(Duration.ofDays(120));
    assertThat(windows.of(statistic("half", Period.ofMonths(6), null)))
        .isEqualTo(Duration.ofDays(200));
    assertThat(windows.of(YEARLY)).isEqualTo(Duration.ofDays(400));
    assertThat(windows.of(OWN)).isEqualTo(Duration.ofDays(10));
  }

  @Test
  void lastQuartersStatisticSentInDecemberIsInTime() {
    assertThat(RevisionWindows.DEFAULTS.check(QUARTERLY, Q3_2026_END, TODAY)).isEmpty();
  }

  @Test
  void lastYearsAnnualFigureSentInDecemberIsInTime() {
    assertThat(RevisionWindows.DEFAULTS.check(YEARLY, YEAR_2025_END, TODAY)).isEmpty();
  }

  @Test
  void aStatisticPastItsWindowIsTooLateNamingTheWindowAndTheDeadline() {
    Instant q1 = Instant.parse("2026-03-31T16:59:59Z");

    Violation late = RevisionWindows.DEFAULTS.check(QUARTERLY, q1, TODAY).orElseThrow();

    assertThat(late.code()).isEqualTo("too-late");
    assertThat(late.field()).isEqualTo("occurredAt");
    assertThat(late.message())
        .contains("fiber-quarterly", "120 days", "2026-07-29T16:59:59Z", TODAY.toString());
  }

  @Test
  void theWindowEndsExactlyAtItsDeadline() {
    Instant deadline = RevisionWindows.DEFAULTS.deadline(LIVE, TODAY.minus(Duration.ofDays(7)));

    assertThat(RevisionWindows.DEFAULTS.check(LIVE, TODAY.minus(Duration.ofDays(7)), deadline))
        .isEmpty();
    assertThat(
            RevisionWindows.DEFAULTS.check(
                LIVE, TODAY.minus(Duration.ofDays(7)), deadline.plusMillis(1)))
        .isPresent();
  }

  @Test
  void theValidatorJudgesLatenessAtAcceptanceNotAtTheTimeOfChecking() {
    Catalog builtIn = BuiltInCatalog.create();
    List<Indicator> indicators = new ArrayList<>(builtIn.indicators());
    indicators.add(QUARTERLY);
    Catalog catalog = new Catalog(indicators, builtIn.plans(), builtIn.targets());
    Instant aYearLater = TODAY.plus(Duration.ofDays(365));
    EventValidator validator =
        new EventValidator(
            catalog,
            BuiltInUnits.giaLai(),
            Clock.fixed(aYearLater, ZoneOffset.UTC),
            Instant.parse("2020-01-01T00:00:00Z"));
    MetricEvent report =
        new MetricEvent(
            "report:52:fiber-quarterly:2026-Q3",
            "s",
            "52",
            "fiber-quarterly",
            Q3_2026_END,
            null,
            null,
            62.5,
            null,
            null);

    assertThat(validator.validate(report, TODAY)).isEmpty();
    assertThat(validator.validate(report)).extracting(Violation::code).containsExactly("too-late");
  }

  @Test
  void aRetractionCarriesNoFigureAndACountCannotOverflowTheSums() {
    EventValidator validator =
        new EventValidator(
            BuiltInCatalog.create(),
            BuiltInUnits.giaLai(),
            Clock.fixed(TODAY, ZoneOffset.UTC),
            Instant.parse("2020-01-01T00:00:00Z"));
    MetricEvent retraction =
        MetricEvent.retraction("e1", "s", "21583", "work-records-online", TODAY);
    MetricEvent withFigure =
        new MetricEvent(
            "e1",
            "s",
            "21583",
            "work-records-online",
            TODAY,
            1L,
            2L,
            null,
            null,
            null,
            true,
            null,
            null);
    MetricEvent huge =
        MetricEvent.ratio(
            "e2", "s", "21583", "work-records-online", TODAY, 1, EventValidator.MAX_COUNT + 1);

    assertThat(validator.validate(retraction)).isEmpty();
    assertThat(validator.validate(withFigure))
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("numerator", "retraction-with-figure"),
            org.assertj.core.groups.Tuple.tuple("denominator", "retraction-with-figure"));
    assertThat(validator.validate(huge))
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("denominator", "too-large"));
  }
}
