package vn.dxmonitor.processor.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.RevisionWindows;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.status.TargetAssessor;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.processor.aggregate.Publishing;
import vn.dxmonitor.processor.aggregate.PunctuationTimer;
import vn.dxmonitor.processor.topology.MetricTopology;
import vn.dxmonitor.processor.topology.TopologySettings;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.EventKeys;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.time.MovableClock;

/**
 * The service's very topology in a {@link TopologyTestDriver}, over a given catalog and unit
 * history, on a clock the test moves: events in, values, history points and dead letters out.
 */
public final class TopologyHarness implements AutoCloseable {

  /** The live revision window of the defaults. */
  public static final Duration GRACE = RevisionWindows.DEFAULTS.live();

  public static final Duration STATUS_INTERVAL = Duration.ofMinutes(1);
  public static final Duration PUBLISH_INTERVAL = Duration.ofMillis(100);

  private final MovableClock clock;
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> events;
  private final TestOutputTopic<String, IndicatorValue> values;
  private final TestOutputTopic<String, HistoryPoint> history;
  private final TestOutputTopic<String, byte[]> deadLetters;
  private final TestOutputTopic<String, RevisionEntry> revisions;
  private final List<String> deadLetterReasons = new ArrayList<>();
  private final Map<String, IndicatorValue> latest = new LinkedHashMap<>();
  private final UnitHistory units;

  public TopologyHarness(Catalog catalog, UnitHistory units, Instant now) {
    this(catalog, units, now, Publishing.every(PUBLISH_INTERVAL));
  }

  public TopologyHarness(Catalog catalog, UnitHistory units, Instant now, Publishing publishing) {
    this.clock = new MovableClock(now);
    this.units = units;
    CatalogSource source = CatalogSource.fixed(catalog, units);
    TopologySettings settings =
        new TopologySettings(
            source,
            new EventValidator(source, clock, Instant.parse("2020-01-01T00:00:00Z")),
            new StatusJudge(new TargetAssessor()),
            clock,
            deadLetterReasons::add,
            STATUS_INTERVAL,
            publishing,
            PunctuationTimer.NONE);
    StreamsBuilder builder = new StreamsBuilder();
    MetricTopology.build(builder, settings);
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    // Caching on, as in the service: stores are then read and written through the record cache.
    config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 10 * 1024 * 1024);
    driver = new TopologyTestDriver(builder.build(), config, now);
    events =
        driver.createInputTopic(
            Topics.METRIC_EVENTS.name(),
            Serdes.String().serializer(),
            Serdes.ByteArray().serializer());
    values =
        driver.createOutputTopic(
            Topics.INDICATOR_VALUES.name(),
            Serdes.String().deserializer(),
            Topics.INDICATOR_VALUES.valueSerde().deserializer());
    history =
        driver.createOutputTopic(
            Topics.INDICATOR_HISTORY.name(),
            Serdes.String().deserializer(),
            Topics.INDICATOR_HISTORY.valueSerde().deserializer());
    revisions =
        driver.createOutputTopic(
            Topics.REVISIONS.name(),
            Serdes.String().deserializer(),
            Topics.REVISIONS.valueSerde().deserializer());
    deadLetters =
        driver.createOutputTopic(
            Topics.METRIC_EVENTS_DLT.name(),
            Serdes.String().deserializer(),
            Serdes.ByteArray().deserializer());
  }

  public MovableClock clock() {
    return clock;
  }

  /** Sends the event keyed as ingest keys it ({@link EventKeys}). */
  public void send(MetricEvent event) {
    send(EventKeys.of(event, units), JsonCodec.write(event));
  }

  public void send(String key, byte[] value) {
    events.pipeInput(key, value, clock.instant());
  }

  /** Sends the event as if it had been written to the topic at {@code writtenAt}. */
  public void sendWrittenAt(MetricEvent event, Instant writtenAt) {
    events.pipeInput(EventKeys.of(event, units), JsonCodec.write(event), writtenAt);
  }

  /** Moves the clock and lets the wall-clock re-evaluation run. */
  public void advance(Duration by) {
    clock.advance(by);
    driver.advanceWallClockTime(by);
  }

  /**
   * Lets one publish interval pass on the driver's wall clock, not on the test's clock: what the
   * events sent so far changed is published, as of the same instant.
   */
  public void publish() {
    driver.advanceWallClockTime(PUBLISH_INTERVAL);
  }

  /** Every value published since the last call, in order, after a publish interval. */
  public List<IndicatorValue> newValues() {
    publish();
    List<IndicatorValue> published = new ArrayList<>();
    for (var record : values.readKeyValuesToList()) {
      latest.put(record.key, record.value);
      published.add(record.value);
    }
    return published;
  }

  /** The latest value of a unit and indicator published so far, or null. */
  public IndicatorValue value(String unit, String indicator) {
    newValues();
    return latest.get(unit + "|" + indicator);
  }

  /** Every value published so far, the latest per key. */
  public Map<String, IndicatorValue> values() {
    newValues();
    return latest;
  }

  /** The history points published since the last call, after a publish interval. */
  public List<HistoryPoint> newPoints() {
    publish();
    return history.readValuesToList();
  }

  /** The revision log's lines written since the last call. */
  public List<RevisionEntry> newRevisions() {
    return revisions.readValuesToList();
  }

  public List<TestRecord<String, byte[]>> newDeadLetters() {
    return deadLetters.readRecordsToList();
  }

  public List<String> deadLetterReasons() {
    return deadLetterReasons;
  }

  public static String reason(TestRecord<String, byte[]> record) {
    return new String(
        record.headers().lastHeader(Topics.ERROR_HEADER).value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    driver.close();
  }
}
