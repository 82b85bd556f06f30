package vn.dxmonitor.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Status;

class StatusToneTest {

  @Test
  void unitsWhereTheyShouldBeAreGreenSlippingAmberBehindOrFailedRedUnknownGrey() {
    assertThat(StatusTone.of(Status.ACHIEVED)).isEqualTo(StatusTone.GREEN);
    assertThat(StatusTone.of(Status.ON_TRACK)).isEqualTo(StatusTone.GREEN);
    assertThat(StatusTone.of(Status.AT_RISK)).isEqualTo(StatusTone.AMBER);
    assertThat(StatusTone.of(Status.BEHIND)).isEqualTo(StatusTone.RED);
    assertThat(StatusTone.of(Status.MISSED)).isEqualTo(StatusTone.RED);
    assertThat(StatusTone.of(Status.NO_DATA)).isEqualTo(StatusTone.GREY);
    assertThat(StatusTone.of(null)).isEqualTo(StatusTone.GREY);
  }

  @Test
  void classesAreLowerCaseAndHyphenated() {
    assertThat(StatusTone.statusClass(Status.ON_TRACK)).isEqualTo("status-on-track");
    assertThat(StatusTone.statusClass(Status.NO_DATA)).isEqualTo("status-no-data");
    assertThat(StatusTone.AMBER.cssClass()).isEqualTo("tone-amber");
  }
}
