package vn.dxmonitor.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.alerting.rule.Severity;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertState;

class AlertMachineTest {

  private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");
  private static final RuleSettings SETTINGS =
      new RuleSettings(
          true, Severity.WARNING, Duration.ofMinutes(5), Duration.ofMinutes(10), null, null, false);
  private static final Subject SUBJECT =
      new Subject(
          "behind-trajectory",
          "21609",
          "Xã An Lão",
          "commune",
          List.of("21609", "52"),
          "52",
          "work-records-online",
          "plan",
          "target");

  @Test
  void aPendingAlertThatStopsHoldingBeforeItsPendingPeriodResolvesWithoutHavingFired() {
    Alert pending = evaluate(Optional.empty(), Verdict.HOLDS, T0).orElseThrow();
    Alert resolved =
        evaluate(Optional.of(pending), Verdict.NEUTRAL, T0.plusSeconds(60)).orElseThrow();
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.timeline().firedAt()).isNull();
  }

  @Test
  void atRiskKeepsAFiringAlertFiringAndRestartsItsResolvePeriod() {
    Alert firing = fired();
    Alert clearing =
        evaluate(Optional.of(firing), Verdict.CLEARS, T0.plus(Duration.ofMinutes(6))).orElseThrow();
    assertThat(clearing.timeline().clearingSince()).isEqualTo(T0.plus(Duration.ofMinutes(6)));
    Alert atRisk =
        evaluate(Optional.of(clearing), Verdict.NEUTRAL, T0.plus(Duration.ofMinutes(7)))
            .orElseThrow();
    assertThat(atRisk.state()).isEqualTo(AlertState.FIRING);
    assertThat(atRisk.timeline().clearingSince()).isNull();
    assertThat(AlertMachine.advance(atRisk, SETTINGS, T0.plus(Duration.ofHours(1)))).isEmpty();
  }

  @Test
  void holdingAgainAfterResolvingStartsASecondEpisodeOfTheSameAlert() {
    Alert firing = fired();
    Alert clearing =
        evaluate(Optional.of(firing), Verdict.CLEARS, T0.plus(Duration.ofMinutes(6))).orElseThrow();
    Alert resolved =
        AlertMachine.advance(clearing, SETTINGS, T0.plus(Duration.ofMinutes(16))).orElseThrow();
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    Alert again =
        evaluate(Optional.of(resolved), Verdict.HOLDS, T0.plus(Duration.ofMinutes(20)))
            .orElseThrow();
    assertThat(again.id()).isEqualTo(firing.id());
    assertThat(again.timeline().episode()).isEqualTo(2);
    assertThat(again.state()).isEqualTo(AlertState.PENDING);
    assertThat(again.history())
        .extracting(AlertChange::action)
        .containsExactly("pending", "firing", "resolved", "pending");
  }

  @Test
  void anUnknownVerdictOrAClearResolvedAlertChangesNothing() {
    Alert firing = fired();
    assertThat(evaluate(Optional.of(firing), Verdict.UNKNOWN, T0.plus(Duration.ofHours(2))))
        .isEmpty();
    assertThat(evaluate(Optional.empty(), Verdict.CLEARS, T0)).isEmpty();
  }

  @Test
  void disablingTheRuleResolvesAFiringAlertAtOnce() {
    Alert firing = fired();
    Alert resolved =
        AlertMachine.evaluate(
                Optional.of(firing),
                SUBJECT,
                finding(Verdict.HOLDS),
                RuleSettings.disabled(Severity.WARNING),
                T0.plus(Duration.ofMinutes(6)))
            .orElseThrow();
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
  }

  private static Alert fired() {
    Alert pending = evaluate(Optional.empty(), Verdict.HOLDS, T0).orElseThrow();
    Alert firing =
        AlertMachine.advance(pending, SETTINGS, T0.plus(Duration.ofMinutes(5))).orElseThrow();
    assertThat(firing.state()).isEqualTo(AlertState.FIRING);
    return firing;
  }

  private static Optional<Alert> evaluate(Optional<Alert> current, Verdict verdict, Instant now) {
    return AlertMachine.evaluate(current, SUBJECT, finding(verdict), SETTINGS, now);
  }

  private static Finding finding(Verdict verdict) {
    return new Finding(verdict, null, 20.0, 45.0, -25.0, null, 70.0, null, "behind");
  }
}
