package vn.dxmonitor.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.SerializationUtils;

class LatestValuesTest {

  @Test
  void theLastRecordPerKeyWinsAndTombstonesStay() {
    Map<String, String> latest =
        LatestValues.of(
            List.of(
                record("a", "1", 0),
                record("b", "x", 1),
                record("a", "2", 2),
                record("b", null, 3)));

    assertThat(latest).containsEntry("a", "2").containsEntry("b", null).hasSize(2);
  }

  @Test
  void anUnreadableRecordIsSkippedNotTakenForATombstone() {
    ConsumerRecord<String, String> unreadable = record("a", null, 1);
    unreadable
        .headers()
        .add(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, new byte[] {1});

    Map<String, String> latest = LatestValues.of(List.of(record("a", "1", 0), unreadable));

    assertThat(latest).containsExactlyEntriesOf(Map.of("a", "1"));
  }

  private static ConsumerRecord<String, String> record(String key, String value, long offset) {
    return new ConsumerRecord<>("dx.indicator-values", 0, offset, key, value);
  }
}
