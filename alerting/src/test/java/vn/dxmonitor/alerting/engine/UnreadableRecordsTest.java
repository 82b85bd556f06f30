package vn.dxmonitor.alerting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class UnreadableRecordsTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final SkippedRecords skipped = new SkippedRecords(meters);

  @Test
  void anUnreadableRecordIsSkippedCountedAndLoggedOnceWithWhereAndWhy(CapturedOutput output) {
    UnreadableRecords handler = new UnreadableRecords();
    handler.configure(Map.of(SkippedRecords.CONFIG, skipped));

    DeserializationExceptionHandler.Response response =
        handler.handleError(
            null,
            new ConsumerRecord<>(
                "dx.alert-commands", 2, 41L, null, "[1]".getBytes(StandardCharsets.UTF_8)),
            new SerializationException("record on dx.alert-commands is not a valid AlertCommand"));

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    assertThat(skippedCount(SkippedRecords.UNREADABLE)).isEqualTo(1);
    assertThat(output.getOut())
        .containsOnlyOnce(
            "Skipped a record of dx.alert-commands-2@41 (unreadable): record on"
                + " dx.alert-commands is not a valid AlertCommand");
  }

  @Test
  void theValuesOfAnUnknownUnitAreEachCountedButLoggedOncePerUnit(CapturedOutput output) {
    skipped.unknownUnit("dx.indicator-values-0@1", "99999");
    skipped.unknownUnit("dx.indicator-values-0@2", "99999");
    skipped.unknownUnit("dx.indicator-values-0@3", "88888");

    assertThat(skippedCount(SkippedRecords.UNKNOWN_UNIT)).isEqualTo(3);
    assertThat(output.getOut())
        .containsOnlyOnce("unit 99999 is not in today's unit registry")
        .containsOnlyOnce("unit 88888 is not in today's unit registry")
        .doesNotContain("dx.indicator-values-0@2");
  }

  @Test
  void everyReasonReadsZeroBeforeTheFirstSkip() {
    assertThat(skippedCount(SkippedRecords.UNREADABLE)).isZero();
    assertThat(skippedCount(SkippedRecords.UNKNOWN_UNIT)).isZero();
    assertThat(skippedCount(SkippedRecords.NO_UNIT)).isZero();
  }

  @Test
  void withoutItsSkippedRecordsTheHandlerRefusesToStart() {
    assertThatThrownBy(() -> new UnreadableRecords().configure(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SkippedRecords.CONFIG);
  }

  private double skippedCount(String reason) {
    return meters.get("dx.alerting.streams.skipped").tag("reason", reason).counter().count();
  }
}
