package vn.dxmonitor.dashboard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.dashboard.support.Values;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.IndicatorValue;

class IndicatorValueRelayTest {

  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

  @Test
  void aBatchIsCoalescedToTheLastValuePerKeyInTheOrderKeysLastChanged() {
    IndicatorValue a1 = Values.value("21583", "work-records-online", 100, Status.BEHIND, NOW);
    IndicatorValue b1 = Values.value("21609", "work-records-online", 500, Status.BEHIND, NOW);
    IndicatorValue a2 = Values.value("21583", "work-records-online", 900, Status.ACHIEVED, NOW);

    var latest =
        IndicatorValueRelay.latestPerKey(List.of(record(a1, 0), record(b1, 1), record(a2, 2)));

    assertThat(latest).containsExactly(b1, a2);
  }

  @Test
  void aTombstoneDropsItsKeysEarlierValue() {
    IndicatorValue a1 = Values.value("21583", "work-records-online", 100, Status.BEHIND, NOW);
    var tombstone =
        new ConsumerRecord<String, IndicatorValue>("dx.indicator-values", 0, 1, a1.key(), null);

    assertThat(IndicatorValueRelay.latestPerKey(List.of(record(a1, 0), tombstone))).isEmpty();
  }

  private static ConsumerRecord<String, IndicatorValue> record(IndicatorValue value, long offset) {
    return new ConsumerRecord<>("dx.indicator-values", 0, offset, value.key(), value);
  }
}
