package vn.dxmonitor.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.event.MetricEvent;

class LedgerEntriesTest {

  private static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");

  @Test
  void aRequestsPairsTravelInOneRecordAndReadBack() {
    List<MetricEvent> events = events(3);

    List<byte[]> records = LedgerEntries.of(AT, events, event -> AT.plusSeconds(3600));

    assertThat(records).hasSize(1);
    LedgerEntries.Read read = LedgerEntries.read(records.get(0));
    assertThat(read.acceptedAt()).isEqualTo(AT);
    assertThat(read.keys())
        .containsExactly("e-office|id-0", "e-office|id-1", "e-office|id-2")
        .containsExactlyElementsOf(events.stream().map(MetricEvent::idempotencyKey).toList());
    LedgerEntries.Entry first = read.entries().get(0);
    assertThat(first.figure()).isEqualTo(events.get(0).figureDigest());
    assertThat(first.content()).isEqualTo(events.get(0).contentDigest());
    assertThat(first.untilMinute()).isEqualTo(AT.plusSeconds(3600).toEpochMilli() / 60_000);
  }

  @Test
  void aLineOfTheEarlierFormIsReadWithItsContentUnknown() {
    LedgerEntries.Read read =
        LedgerEntries.read((AT + "\ne-office|old-1\n").getBytes(StandardCharsets.UTF_8));

    assertThat(read.entries()).containsExactly(new LedgerEntries.Entry("e-office|old-1", 0, 0, -1));
  }

  @Test
  void aLargeRequestIsSplitAndNothingIsLost() {
    int size = LedgerEntries.PAIRS_PER_RECORD * 2 + 1;

    List<byte[]> records = LedgerEntries.of(AT, events(size), event -> AT);

    assertThat(records).hasSize(3);
    List<String> keys = new ArrayList<>();
    records.forEach(record -> keys.addAll(LedgerEntries.read(record).keys()));
    assertThat(keys).hasSize(size).doesNotHaveDuplicates().endsWith("e-office|id-" + (size - 1));
  }

  private static List<MetricEvent> events(int count) {
    List<MetricEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(
          MetricEvent.ratio("id-" + i, "e-office", "21583", "work-records-online", AT, 1, 1));
    }
    return events;
  }
}
