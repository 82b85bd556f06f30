package vn.dxmonitor.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.status.UnitStanding;
import vn.dxmonitor.model.trajectory.Status;

/** How the overview ranks a unit by its indicators and lays out a bullet. */
class OverviewRulesTest {

  @Test
  void aUnitStandsAtItsWorstKnownStatusAndWithoutAnyItHasNoData() {
    assertThat(UnitStanding.of(List.of(Status.ACHIEVED, Status.BEHIND, Status.ON_TRACK)))
        .isEqualTo(Status.BEHIND);
    assertThat(UnitStanding.of(List.of(Status.AT_RISK, Status.MISSED))).isEqualTo(Status.MISSED);
    assertThat(UnitStanding.of(List.of(Status.ACHIEVED, Status.NO_DATA)))
        .isEqualTo(Status.ACHIEVED);
    assertThat(UnitStanding.of(List.of())).isEqualTo(Status.NO_DATA);
  }

  @Test
  void aPercentageRunsToAHundredAndOtherQuantitiesLeaveRoomForTheirLargestMark() {
    assertThat(BulletScale.of("percent", 62.0, 80.0, 90.0)).isEqualTo(100.0);
    assertThat(BulletScale.of("percent", 120.0, 80.0, 90.0)).isEqualTo(138.0, within());
    assertThat(BulletScale.of("tỷ đồng", 50.0, null, 200.0)).isEqualTo(230.0, within());
    assertThat(BulletScale.of(null, null, null, null)).isEqualTo(1.0);
    assertThat(BulletScale.at(62.0, 100)).isEqualTo(62.0);
    assertThat(BulletScale.at(150.0, 100)).isEqualTo(100.0);
    assertThat(BulletScale.at(-5.0, 100)).isEqualTo(0.0);
    assertThat(BulletScale.at(null, 100)).isNull();
    assertThat(BulletScale.suffix("percent")).isEqualTo("%");
    assertThat(BulletScale.suffix("tỷ đồng")).isEqualTo(" tỷ đồng");
    assertThat(BulletScale.suffix(null)).isEmpty();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
