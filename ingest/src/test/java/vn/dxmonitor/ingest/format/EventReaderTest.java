package vn.dxmonitor.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.json.JsonCodec;

class EventReaderTest {

  private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");

  @Test
  void anEventWrittenWholeAsOnTheTopicIsReadWithoutTheFieldsIngestSets() {
    MetricEvent whole =
        MetricEvent.ratio("e-1", "demo", "21583", "work-records-online", AT, 1, 2)
            .withAcceptance(Instant.parse("2020-01-01T00:00:00Z"), "forged");

    ReadEvent read = EventReader.read(JsonCodec.mapper().readTree(JsonCodec.write(whole)));

    assertThat(read.violations()).isEmpty();
    assertThat(read.event().acceptedAt()).isNull();
    assertThat(read.event().sentBy()).isNull();
    assertThat(read.event().numerator()).isEqualTo(1L);
  }

  @Test
  void aRetractionIsReadAndANonBooleanRetractNamesTheField() {
    ReadEvent retraction =
        EventReader.read(
            JsonCodec.mapper()
                .readTree(
                    "{\"eventId\":\"e-1\",\"unit\":\"21583\",\"indicator\":\"work-records-online\","
                        + "\"occurredAt\":\"2026-12-03T02:00:00Z\",\"retract\":true}"));
    ReadEvent wrong =
        EventReader.read(
            JsonCodec.mapper().readTree("{\"eventId\":\"e-1\",\"retract\":\"yes please\"}"));

    assertThat(retraction.violations()).isEmpty();
    assertThat(retraction.event().retracts()).isTrue();
    assertThat(wrong.violations())
        .anySatisfy(
            violation -> {
              assertThat(violation.field()).isEqualTo("retract");
              assertThat(violation.code()).isEqualTo("wrong-type");
            });
  }
}
