package vn.dxmonitor.dashboard.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;

class ValueTableTest {

  private static final Instant EARLIER = Instant.parse("2026-11-20T01:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-20T02:00:00Z");

  @Test
  void findsAValueByUnitAndIndicator() {
    IndicatorValue value = Values.value("21583", "work-records-online", 700, Status.BEHIND, LATER);

    ValueTable table = ValueTable.of(List.of(value));

    assertThat(table.find("21583", "work-records-online")).contains(value);
    assertThat(table.find("21583", "tthc-dossiers-online")).isEmpty();
    assertThat(table.find("21609", "work-records-online")).isEmpty();
  }

  @Test
  void keepsTheValueUpdatedLastWhenTwoShareAKey() {
    IndicatorValue older =
        Values.value("21583", "work-records-online", 700, Status.BEHIND, EARLIER);
    IndicatorValue newer =
        Values.value("21583", "work-records-online", 900, Status.ACHIEVED, LATER);

    assertThat(ValueTable.of(List.of(newer, older)).find("21583", "work-records-online"))
        .contains(newer);
    assertThat(ValueTable.of(List.of(older, newer)).find("21583", "work-records-online"))
        .contains(newer);
  }
}
