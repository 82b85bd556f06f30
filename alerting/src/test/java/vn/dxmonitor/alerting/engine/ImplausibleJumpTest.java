package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.silence.SilenceCheck;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.calendar.ReportingDeadlines;
import vn.dxmonitor.model.unit.BuiltInUnits;

/**
 * A province's quarterly share, sent straight in without verification: steady reports raise
 * nothing; one that slips a decimal point raises {@code implausible-jump} at once, and the
 * corrected revision of the same report ends it. Streamed indicators are never judged by it.
 */
class ImplausibleJumpTest {

  private static final String QUARTERLY = "digital-economy-share";
  private static final String PROVINCE = BuiltInUnits.GIA_LAI;
  private static final String ONLY_JUMPS = ReportedCatalog.only(RuleKind.IMPLAUSIBLE_JUMP);
  private static final Instant START = Instant.parse("2026-10-01T03:00:00Z");
  private static final List<String> QUARTER_ENDS =
      List.of("2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30");

  private EngineDriver engine;

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void aSlippedDecimalPointRaisesTheAlertAndItsCorrectionEndsIt() {
    engine =
        new EngineDriver(
            ONLY_JUMPS,
            ReportedCatalog.of(QUARTERLY, Period.ofMonths(3), ReportingDeadlines.defaults()),
            BuiltInUnits.giaLai(),
            ReportedCatalog::giaLaiRoutes,
            SilenceCheck.none(),
            START);
    double[] steady = {30.1, 31.0, 32.4, 33.0, 34.2, 35.1};
    for (int q = 0; q < steady.length; q++) {
      engine.send(report(steady[q], QUARTER_ENDS.get(q)));
    }
    assertThat(jumps()).isEmpty();

    engine.send(report(361, "2026-09-30"));
    Alert alert = jumps().get(PROVINCE);
    assertThat(alert).isNotNull();
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.what().summary()).contains("số liệu bất thường").contains("361.0 sau 35.1");

    engine.send(report(36.1, "2026-09-30"));
    assertThat(engine.latest(alert.id()).state()).isEqualTo(AlertState.RESOLVED);
  }

  private static vn.dxmonitor.model.value.IndicatorValue report(double figure, String quarterEnd) {
    return Values.ratio(
        PROVINCE, null, QUARTERLY, figure, Instant.parse(quarterEnd + "T10:00:00Z"));
  }

  private Map<String, Alert> jumps() {
    return engine.alertsTopic().readValuesToList().stream()
        .filter(alert -> alert.rule().equals("implausible-jump"))
        .collect(Collectors.toMap(a -> a.where().unit(), alert -> alert, (first, later) -> later));
  }
}
