package vn.dxmonitor.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.Assessment;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;

class AlertLifecycleTest {

  private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-21T00:00:00Z");
  private static final Target TARGET =
      new Target(
          "nq05/c/2030",
          "nq05",
          "work-records-online",
          UnitLevel.COMMUNE,
          Comparator.AT_LEAST,
          70,
          LocalDate.of(2030, 12, 31),
          "q",
          null,
          null,
          null);
  private static final Assessment BEHIND =
      new Assessment(TARGET, Status.BEHIND, 78, -58.0, 900L, null);

  @Test
  void aRuleThatHoldsFiresWithADeterministicId() {
    Alert alert =
        AlertLifecycle.next("behind-trajectory", Optional.empty(), value(20.0), BEHIND, true, T0)
            .orElseThrow();

    assertThat(alert.id()).isEqualTo("behind-trajectory|21609|work-records-online");
    assertThat(alert.state()).isEqualTo(AlertState.FIRING);
    assertThat(alert.startsAt()).isEqualTo(T0);
    assertThat(alert.summary()).contains("20.0").contains("78.0");
  }

  @Test
  void reEvaluationKeepsTheStartAndRefreshesTheFigures() {
    Alert first =
        AlertLifecycle.next("r", Optional.empty(), value(20.0), BEHIND, true, T0).orElseThrow();

    Alert again =
        AlertLifecycle.next("r", Optional.of(first), value(25.0), BEHIND, true, T1).orElseThrow();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.startsAt()).isEqualTo(T0);
    assertThat(again.updatedAt()).isEqualTo(T1);
    assertThat(again.value()).isEqualTo(25.0);
  }

  @Test
  void aFiringAlertResolvesWhenTheRuleNoLongerHolds() {
    Alert firing =
        AlertLifecycle.next("r", Optional.empty(), value(20.0), BEHIND, true, T0).orElseThrow();
    Assessment onTrack = new Assessment(TARGET, Status.ACHIEVED, 78, 2.0, 0L, null);

    Alert resolved =
        AlertLifecycle.next("r", Optional.of(firing), value(80.0), onTrack, false, T1)
            .orElseThrow();

    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.resolvedAt()).isEqualTo(T1);
    assertThat(resolved.startsAt()).isEqualTo(T0);
  }

  @Test
  void nothingHappensWhenTheRuleDoesNotHoldAndNothingFires() {
    Assessment onTrack = new Assessment(TARGET, Status.ON_TRACK, 78, 2.0, 0L, null);

    assertThat(AlertLifecycle.next("r", Optional.empty(), value(80.0), onTrack, false, T0))
        .isEmpty();
  }

  private static IndicatorValue value(Double value) {
    return new IndicatorValue(
        "21609",
        "Xã An Lão",
        "commune",
        "52",
        "work-records-online",
        "ratio-of-counts",
        30,
        2,
        10,
        value,
        2026,
        2,
        10,
        value,
        10,
        T0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        T0,
        null,
        null,
        null,
        null);
  }
}
