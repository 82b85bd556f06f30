package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The {@code unreachable} rule fires from a value whose window cannot reach its target: nine days
 * before the built-in catalog's 2025 deadline, a commune at 30 % whose twenty days already counted
 * leave its 30-day window short of the target whatever it does from now on. The engine judges the
 * daily counts the value carries, as the processor did when it published it.
 */
class UnreachableAlertTest {

  private static final Instant NINE_DAYS_BEFORE = Instant.parse("2025-12-22T03:00:00Z");
  private static final String COMMUNE = "21609";
  private static final String RECORDS = BuiltInCatalog.WORK_RECORDS_ONLINE;

  private static final String RULES =
      """
      rules:
        - rule: unreachable
        - {rule: behind-trajectory, enabled: false}
        - {rule: projected-miss, enabled: false}
        - {rule: no-data, enabled: false}
        - {rule: regression, enabled: false}
        - {rule: missed, enabled: false}
      """;

  private final Catalog catalog = BuiltInCatalog.create();
  private final UnitRegistry units = BuiltInUnits.giaLai();
  private final StatusJudge judge = new StatusJudge(new TargetAssessor());
  private EngineDriver engine;

  @BeforeEach
  void start() {
    engine = new EngineDriver(RULES, units, Routes::none, SilenceCheck.none(), NINE_DAYS_BEFORE);
  }

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void aValueWhoseWindowCannotReachItsTargetFiresTheUnreachableRuleAndARevisionResolvesIt() {
    LocalDate today = VietnamTime.dateOf(NINE_DAYS_BEFORE);
    Target target =
        catalog
            .governingTarget(
                RECORDS, units.find(COMMUNE).orElseThrow(), UnitHistory.timeless(units), today)
            .orElseThrow();
    // 3 of 10 on each of the 20 days before today; ten days of 10, all online: 160 of 300 ≈ 53 %
    IndicatorValue unreachable = published(30.0, closedDays(today, 20, 3, 10));
    assertThat(target.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(judge.judge(catalog, target, unreachable, today, List.of()).status())
        .isEqualTo(Status.UNREACHABLE);

    engine.send(unreachable);
    engine.jump(Duration.ofSeconds(2));

    String id = Alert.idOf("unreachable", COMMUNE, RECORDS, target.planId());
    Alert alert = engine.latest(id);
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.severity()).isEqualTo("critical");

    // Late events revise the closed days to 7 of 10: 240 of 300 = 80 % is within reach again
    IndicatorValue reachable = published(70.0, closedDays(today, 20, 7, 10));
    assertThat(judge.judge(catalog, target, reachable, today, List.of()).status())
        .isNotEqualTo(Status.UNREACHABLE);
    engine.send(reachable);
    engine.jump(Duration.ofSeconds(2));
    assertThat(engine.latest(id).state()).isEqualTo(AlertState.RESOLVED);
  }

  private IndicatorValue published(double value, List<DailyCounts> days) {
    return Values.ratio(
        COMMUNE, BuiltInUnits.GIA_LAI, RECORDS, value, engine.clock.instant(), days);
  }

  private static List<DailyCounts> closedDays(
      LocalDate today, int days, long online, long records) {
    List<DailyCounts> counts = new ArrayList<>();
    for (int i = days; i >= 1; i--) {
      counts.add(new DailyCounts(today.minusDays(i), online, records));
    }
    return counts;
  }
}
