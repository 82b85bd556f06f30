package vn.dxmonitor.processor.topology;

import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.processor.check.CheckedEvent;
import vn.dxmonitor.processor.check.DeadLetter;
import vn.dxmonitor.processor.check.EventCheck;
import vn.dxmonitor.processor.dedup.Deduplicator;
import vn.dxmonitor.processor.rollup.Rollup;
import vn.dxmonitor.processor.window.IndicatorValueFactory;
import vn.dxmonitor.processor.window.RatioAggregate;
import vn.dxmonitor.runtime.kafka.JsonSerde;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The processor's topology: check → dedup → roll up to every ancestor → rolling aggregate per unit
 * and indicator → value with status, published to the compacted values topic.
 */
public final class MetricTopology {

  public static final String AGGREGATE_STORE = "indicator-aggregates";

  private MetricTopology() {}

  public static void build(StreamsBuilder builder, TopologySettings settings) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(Deduplicator.STORE), Serdes.String(), Serdes.Long()));

    KStream<String, CheckedEvent> checked =
        builder.stream(
                Topics.METRIC_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
            .processValues(
                () -> new EventCheck(settings.validator(), settings.catalog()), Named.as("check"));
    Map<String, KStream<String, CheckedEvent>> branches =
        checked
            .split(Named.as("event-"))
            .branch((unit, event) -> !event.isValid(), Branched.as("invalid"))
            .defaultBranch(Branched.as("valid"));

    branches
        .get("event-invalid")
        .processValues(() -> new DeadLetter(settings.deadLetters()), Named.as("dead-letter"))
        .to(Topics.METRIC_EVENTS_DLT.name(), Produced.with(Serdes.String(), Serdes.ByteArray()));

    Rollup rollup = new Rollup(settings.catalog());
    IndicatorValueFactory values =
        new IndicatorValueFactory(settings.catalog(), settings.evaluator(), settings.clock());
    JsonSerde<MetricEvent> eventSerde = new JsonSerde<>(MetricEvent.class);

    branches
        .get("event-valid")
        .mapValues(CheckedEvent::event, Named.as("parsed"))
        .processValues(
            () -> new Deduplicator(settings.dedupRetention()),
            Named.as("dedup"),
            Deduplicator.STORE)
        .flatMap((unit, event) -> rollup.contributions(event), Named.as("rollup"))
        .groupByKey(Grouped.with("by-unit-indicator", Serdes.String(), eventSerde))
        .aggregate(
            RatioAggregate::empty,
            (key, event, aggregate) -> add(settings, event, aggregate),
            Named.as("aggregate"),
            Materialized.<String, RatioAggregate, KeyValueStore<Bytes, byte[]>>as(AGGREGATE_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(new JsonSerde<>(RatioAggregate.class)))
        .toStream(Named.as("aggregates"))
        .mapValues(values::create, Named.as("value"))
        .to(
            Topics.INDICATOR_VALUES.name(),
            Produced.with(
                Topics.INDICATOR_VALUES.keySerde(), Topics.INDICATOR_VALUES.valueSerde()));
  }

  private static RatioAggregate add(
      TopologySettings settings, MetricEvent event, RatioAggregate aggregate) {
    int windowDays =
        settings.catalog().catalog().indicator(event.indicator()).orElseThrow().windowDays();
    LocalDate today = VietnamTime.dateOf(settings.clock().instant());
    LocalDate keepFrom = today.minusDays(windowDays + settings.lateness().toDays());
    return aggregate.add(
        event.occurredAt(), event.numerator(), event.denominator(), keepFrom, windowDays, today);
  }
}
