package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
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
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.trajectory.Assessment;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.trajectory.StatusEvaluator;
import vn.dxmonitor.model.trajectory.TargetAssessor;
import vn.dxmonitor.model.trajectory.WindowCounts;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * The {@code unreachable} rule fires from a value the processor judged {@code UNREACHABLE}: nine
 * days before the built-in catalog's 2025 deadline, a commune at 30 % whose twenty days already
 * counted leave its 30-day window short of the target whatever it does from now on.
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
  private final StatusEvaluator evaluator =
      new StatusEvaluator(catalog, units, new TargetAssessor());
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
  void aValueJudgedUnreachableFiresTheUnreachableRuleAndAnotherStatusResolvesIt() {
    LocalDate today = VietnamTime.dateOf(NINE_DAYS_BEFORE);
    Target target =
        catalog
            .governingTarget(
                RECORDS, units.find(COMMUNE).orElseThrow(), UnitHistory.timeless(units), today)
            .orElseThrow();
    // 3 of 10 on each of the 20 days before today; ten days of 10, all online: 160 of 300 ≈ 53 %
    Assessment assessment =
        evaluator.assess(
            catalog, target, 30.0, null, today, List.of(), closedDays(today, 20, 3, 10));
    assertThat(target.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(assessment.status()).isEqualTo(Status.UNREACHABLE);

    engine.send(published(30.0, assessment));
    engine.jump(Duration.ofSeconds(2));

    String id = Alert.idOf("unreachable", COMMUNE, RECORDS, target.planId());
    Alert alert = engine.latest(id);
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.severity()).isEqualTo("critical");

    Assessment behind = evaluator.assess(catalog, target, 30.0, null, today, List.of());
    engine.send(published(30.0, behind));
    engine.jump(Duration.ofSeconds(2));
    assertThat(engine.latest(id).state()).isEqualTo(AlertState.RESOLVED);
  }

  private IndicatorValue published(double value, Assessment assessment) {
    return Values.judged(
        Values.ratio(COMMUNE, BuiltInUnits.GIA_LAI, RECORDS, value, engine.clock.instant()),
        assessment);
  }

  private static WindowCounts closedDays(LocalDate today, int days, long online, long records) {
    TreeMap<LocalDate, WindowCounts.DayCounts> counts = new TreeMap<>();
    for (int i = 1; i <= days; i++) {
      counts.put(today.minusDays(i), new WindowCounts.DayCounts(online, records));
    }
    return new WindowCounts(30, counts);
  }
}
