package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotifiedAlert;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingDeadlines;
import vn.dxmonitor.model.unit.BuiltInUnits;

/**
 * A province owes a monthly figure by the 5th of the month. In February 2027 the 5th is the last
 * day of the lunar year and Tết runs to the 11th with its substitute days, so February's figure is
 * due on Friday the 12th: reminded before Tết, no overdue alert through it, one on the 13th, each
 * gone once the figure comes.
 */
class ReportOverdueTest {

  private static final String MONTHLY = "ecommerce-products";
  private static final String PROVINCE = BuiltInUnits.GIA_LAI;
  private static final String ONLY_OVERDUE = ReportedCatalog.only(RuleKind.REPORT_OVERDUE);
  private static final Duration EVALUATION = Duration.ofSeconds(31);

  /** Monday 1 February 2027, 10:00 in Vietnam. */
  private static final Instant FEBRUARY_FIRST = Instant.parse("2027-02-01T03:00:00Z");

  private EngineDriver engine;

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void aFigureOwedInTetIsOverdueOnlyAfterTetAndTheAlertEndsWhenItComes() {
    engine = fifthOfTheMonth(ONLY_OVERDUE, FEBRUARY_FIRST);
    // January's figure came (it counts as of 31 January): January's deadline is met.
    engine.send(Values.ratio(PROVINCE, null, MONTHLY, 40, Instant.parse("2027-01-31T10:00:00Z")));
    engine.pass(EVALUATION);
    assertThat(overdue()).isEmpty();

    // Friday 12 February, 23:00 in Vietnam: still the deadline day.
    engine.jump(Duration.between(FEBRUARY_FIRST, Instant.parse("2027-02-12T16:00:00Z")));
    engine.pass(EVALUATION);
    assertThat(overdue()).isEmpty();

    // Saturday 13 February, 01:00 in Vietnam.
    engine.jump(Duration.ofHours(2));
    engine.pass(EVALUATION.plus(Duration.ofMinutes(1)));
    Alert alert = overdue().get(PROVINCE);
    assertThat(alert).isNotNull();
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.what().reason()).isEqualTo("2027-02");
    assertThat(alert.what().summary()).contains("Tháng 2/2027").contains("2027-02-12");
    List<Notification> sent =
        engine.notifications().stream()
            .filter(notification -> MONTHLY.equals(notification.indicator()))
            .toList();
    assertThat(sent).isNotEmpty();
    assertThat(sent.get(0).firing()).extracting(NotifiedAlert::unit).containsExactly(PROVINCE);

    engine.send(Values.ratio(PROVINCE, null, MONTHLY, 42, Instant.parse("2027-02-28T10:00:00Z")));
    engine.pass(EVALUATION);
    assertThat(engine.latest(alert.id()).state()).isEqualTo(AlertState.RESOLVED);
  }

  /**
   * February's figure is due on Friday 12 February 2027, after Tết: five working days before it is
   * Friday 29 January, so the reminder comes before Tết, not in it.
   */
  @Test
  void theReminderComesFiveWorkingDaysBeforeTheDeadlineAndEndsWhenTheFigureComes() {
    Instant thursday = Instant.parse("2027-01-28T03:00:00Z");
    engine = fifthOfTheMonth(ReportedCatalog.only(RuleKind.REPORT_DUE), thursday);
    engine.send(Values.ratio(PROVINCE, null, MONTHLY, 40, Instant.parse("2026-12-31T10:00:00Z")));
    engine.pass(EVALUATION);
    assertThat(alerts("report-due")).isEmpty();

    engine.jump(Duration.ofDays(1));
    engine.pass(EVALUATION.plus(Duration.ofMinutes(1)));
    Alert reminder = alerts("report-due").get(PROVINCE);
    assertThat(reminder).isNotNull();
    assertThat(reminder.state()).isEqualTo(AlertState.FIRING);
    assertThat(reminder.severity()).isEqualTo("info");
    assertThat(reminder.what().reason()).isEqualTo("2027-02");
    assertThat(reminder.what().summary()).contains("sắp đến hạn").contains("2027-02-12");
    assertThat(engine.notifications())
        .filteredOn(notification -> MONTHLY.equals(notification.indicator()))
        .isNotEmpty();

    engine.send(Values.ratio(PROVINCE, null, MONTHLY, 42, Instant.parse("2027-02-28T10:00:00Z")));
    engine.pass(EVALUATION);
    assertThat(engine.latest(reminder.id()).state()).isEqualTo(AlertState.RESOLVED);
  }

  @Test
  void aUnitNeverHeardOfIsOverdueForWhatItOwed() {
    engine = fifthOfTheMonth(ONLY_OVERDUE, FEBRUARY_FIRST);

    engine.pass(EVALUATION);

    Alert alert = overdue().get(PROVINCE);
    assertThat(alert).isNotNull();
    // January's figure was due on Tuesday 5 January 2027.
    assertThat(alert.what().reason()).isEqualTo("2027-01");
    assertThat(alert.what().summary()).contains("2027-01-05");
  }

  /**
   * The plan names Friday 12 February 2027 a day off of its own: February's figure is due on Monday
   * the 15th instead, nothing is overdue on the 13th, and the reminder counts five working days
   * back from the 15th without the 12th.
   */
  @Test
  void aPlansOwnDayOffMovesTheDeadlineAndTheReminderLikeAPublicHoliday() {
    ReportingDeadlines deadlines =
        ReportingDeadlines.defaults()
            .with(ReportingCadence.MONTHLY, 5)
            .withDaysOff(Map.of(LocalDate.of(2027, 2, 12), "Ngày hội văn hoá tỉnh"));
    engine = engine(RuleKind.REPORT_OVERDUE, deadlines, Instant.parse("2027-01-31T03:00:00Z"));
    engine.send(Values.ratio(PROVINCE, null, MONTHLY, 40, Instant.parse("2027-01-31T02:00:00Z")));

    // Saturday 13 February, 01:00 in Vietnam: not overdue, the deadline is Monday.
    engine.jump(
        Duration.between(
            Instant.parse("2027-01-31T03:00:00Z"), Instant.parse("2027-02-12T18:00:00Z")));
    engine.pass(EVALUATION.plus(Duration.ofMinutes(1)));
    assertThat(overdue()).isEmpty();

    // Tuesday 16 February, 01:00 in Vietnam.
    engine.jump(Duration.ofDays(3));
    engine.pass(EVALUATION.plus(Duration.ofMinutes(1)));
    Alert alert = overdue().get(PROVINCE);
    assertThat(alert).isNotNull();
    assertThat(alert.what().summary()).contains("2027-02-15");
    assertThat(deadlines.workingDays().workingDaysBefore(LocalDate.of(2027, 2, 15), 5))
        .as("the reminder's first day")
        .isEqualTo(LocalDate.of(2027, 1, 29));
  }

  /** The engine over Gia Lai's monthly figure, due by the 5th, from {@code start}. */
  private static EngineDriver fifthOfTheMonth(String rules, Instant start) {
    return engine(rules, ReportingDeadlines.defaults().with(ReportingCadence.MONTHLY, 5), start);
  }

  private static EngineDriver engine(RuleKind only, ReportingDeadlines deadlines, Instant start) {
    return engine(ReportedCatalog.only(only), deadlines, start);
  }

  private static EngineDriver engine(String rules, ReportingDeadlines deadlines, Instant start) {
    return new EngineDriver(
        rules,
        ReportedCatalog.of(MONTHLY, Period.ofMonths(1), deadlines),
        BuiltInUnits.giaLai(),
        ReportedCatalog::giaLaiRoutes,
        SilenceCheck.none(),
        start);
  }

  private Map<String, Alert> overdue() {
    return alerts("report-overdue");
  }

  private Map<String, Alert> alerts(String rule) {
    return engine.alertsTopic().readValuesToList().stream()
        .filter(alert -> alert.rule().equals(rule))
        .collect(Collectors.toMap(a -> a.where().unit(), alert -> alert, (first, later) -> later));
  }
}
