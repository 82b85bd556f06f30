package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class PollBudgetTest {

  @Test
  void aPollBringsNoMoreRecordsThanFitInHalfThePollInterval() {
    // Kafka's default interval is five minutes: 150 s of twenty-second records is seven.
    assertThat(PollBudget.maxPollRecords(Map.of(), Duration.ofSeconds(20))).isEqualTo(7);
    assertThat(
            PollBudget.maxPollRecords(
                Map.of(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "60000"),
                Duration.ofSeconds(10)))
        .isEqualTo(3);
  }

  @Test
  void theConsumersOwnLimitStaysACeilingAndAtLeastOneRecordComes() {
    assertThat(PollBudget.maxPollRecords(Map.of(), Duration.ofMillis(1))).isEqualTo(500);
    assertThat(
            PollBudget.maxPollRecords(
                Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2), Duration.ofMillis(1)))
        .isEqualTo(2);
    assertThat(PollBudget.maxPollRecords(Map.of(), Duration.ofMinutes(10))).isEqualTo(1);
  }
}
