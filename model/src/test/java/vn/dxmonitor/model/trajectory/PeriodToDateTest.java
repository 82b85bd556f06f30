package vn.dxmonitor.model.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PeriodToDateTest {

  @Test
  void theNeededShareIsWhatTheRestOfThePeriodMustReach() {
    // 300 of 1000 in 300 days; 65 days left bring ≈ 216.7 more; 90 % of 1216.7 is 1095
    double needed = PeriodToDate.neededShare(300, 1000, 300, 65, 90);

    assertThat(needed)
        .isCloseTo(
            (90 * (1000 + 1000.0 / 300 * 65) - 100 * 300) / (1000.0 / 300 * 65), within(1e-9));
    assertThat(PeriodToDate.isUnreachable(300, 1000, 300, 65, 90)).isTrue();
  }

  @Test
  void aTargetWithinReachIsNotUnreachable() {
    assertThat(PeriodToDate.isUnreachable(880, 1000, 300, 65, 90)).isFalse();
    assertThat(PeriodToDate.neededShare(880, 1000, 300, 65, 90)).isBetween(99.0, 100.0);
  }

  @Test
  void withoutVolumeNothingCanBeSaid() {
    assertThat(PeriodToDate.neededShare(0, 0, 10, 10, 90)).isNaN();
    assertThat(PeriodToDate.isUnreachable(0, 0, 10, 10, 90)).isFalse();
  }
}
