package vn.dxmonitor.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.processor.aggregate.Publishing;
import vn.dxmonitor.processor.support.EveryKindCatalog;
import vn.dxmonitor.processor.support.TopologyHarness;

/**
 * Live events are published a publish interval after they came; a backlog of events written long
 * ago is published once per catch-up interval, so a key absorbs many of them per publish — and
 * nothing is lost by waiting.
 */
class CatchUpPublishingTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final String COMMUNE = "21592";
  private static final Duration CATCH_UP = Duration.ofSeconds(5);

  private final TopologyHarness topology =
      new TopologyHarness(
          EveryKindCatalog.create(),
          UnitHistory.timeless(BuiltInUnits.giaLai()),
          NOW,
          new Publishing(TopologyHarness.PUBLISH_INTERVAL, CATCH_UP));
  private int ids;

  @AfterEach
  void stop() {
    topology.close();
  }

  @Test
  void aBacklogIsPublishedOncePerCatchUpIntervalWithEverythingItHeld() {
    Instant longAgo = NOW.minus(Duration.ofHours(1));
    topology.sendWrittenAt(ratio(), longAgo);
    assertThat(topology.newValues()).isNotEmpty();

    for (int i = 0; i < 10; i++) {
      topology.sendWrittenAt(ratio(), longAgo);
    }
    assertThat(topology.newValues()).as("within the catch-up interval").isEmpty();

    topology.advance(CATCH_UP);

    assertThat(topology.newValues())
        .filteredOn(value -> value.where().unit().equals(COMMUNE))
        .singleElement()
        .satisfies(value -> assertThat(value.activity().events()).isEqualTo(11));
  }

  @Test
  void aLiveEventIsPublishedAtOnceEvenRightAfterACatchUpPublish() {
    topology.sendWrittenAt(ratio(), NOW.minus(Duration.ofHours(1)));
    assertThat(topology.newValues()).isNotEmpty();

    topology.sendWrittenAt(ratio(), NOW);

    assertThat(topology.newValues())
        .filteredOn(value -> value.where().unit().equals(COMMUNE))
        .singleElement()
        .satisfies(value -> assertThat(value.activity().events()).isEqualTo(2));
  }

  private MetricEvent ratio() {
    return MetricEvent.ratio(
        "e-" + ids++,
        "test",
        COMMUNE,
        BuiltInCatalog.WORK_RECORDS_ONLINE,
        NOW.minus(Duration.ofMinutes(90)),
        1,
        1);
  }
}
