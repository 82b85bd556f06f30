package vn.dxmonitor.processor.topology;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.aggregate.Aggregator;
import vn.dxmonitor.processor.aggregate.Published;
import vn.dxmonitor.processor.aggregate.ValueMaker;
import vn.dxmonitor.processor.aggregate.ValueStateSerde;
import vn.dxmonitor.processor.check.CheckedEvent;
import vn.dxmonitor.processor.check.DeadLetter;
import vn.dxmonitor.processor.check.EventCheck;
import vn.dxmonitor.processor.contribution.ContributionSerde;
import vn.dxmonitor.processor.contribution.Contributor;
import vn.dxmonitor.processor.contribution.ReportedFigures;
import vn.dxmonitor.processor.revision.AcceptedEvent;
import vn.dxmonitor.processor.revision.Outcome;
import vn.dxmonitor.processor.revision.Revisions;
import vn.dxmonitor.runtime.kafka.JsonSerde;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The processor's topology, in two stages.
 *
 * <ol>
 *   <li>Where the event's unit lives (the events topic is keyed by unit): check → revisions (a
 *       retry counts nothing, a revision or retraction first takes back the figure in force, and
 *       goes to the revision log) → what the event contributes to its unit and to each ancestor. An
 *       event whose retired unit code was resolved to its successor is first moved to the
 *       successor's partition, so one unit's reports always meet in one store.
 *   <li>Where each unit and indicator lives (a repartition topic keyed {@code unit|indicator}): the
 *       state per key; on a wall clock, the value with its status of every key that changed, the
 *       points of closed and corrected days, and for what time alone changes, every key again.
 * </ol>
 */
public final class MetricTopology {

  private MetricTopology() {}

  public static void build(StreamsBuilder builder, TopologySettings settings) {
    // The figures and the states are cached: within a commit interval a key written many times (a
    // province, a unit with a burst of events) reaches RocksDB and its changelog once. Event ids
    // are not, since each is written once: a cache would only add its own work.
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(Revisions.STORE),
            Serdes.String(),
            new AcceptedEvent.AcceptedEventSerde()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Contributor.STORE),
                Serdes.String(),
                new ReportedFigures.ReportedFiguresSerde())
            .withCachingEnabled());
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Aggregator.STORE),
                Serdes.String(),
                new ValueStateSerde())
            .withCachingEnabled());

    KStream<String, CheckedEvent> checked =
        builder.stream(
                Topics.METRIC_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
            .processValues(() -> new EventCheck(settings.validator()), Named.as("check"));
    Map<String, KStream<String, CheckedEvent>> checks =
        checked
            .split(Named.as("event-"))
            .branch((unit, event) -> !event.isValid(), Branched.as("invalid"))
            .defaultBranch(Branched.as("valid"));

    Map<String, KStream<String, Outcome>> outcomes =
        checks
            .get("event-valid")
            .processValues(
                () -> new Revisions(settings.catalog(), settings.validator().windows()),
                Named.as("revisions"),
                Revisions.STORE)
            .split(Named.as("outcome-"))
            .branch((unit, outcome) -> outcome.isApply(), Branched.as("apply"))
            .branch((unit, outcome) -> outcome.isLog(), Branched.as("log"))
            .defaultBranch(Branched.as("refused"));
    outcomes
        .get("outcome-log")
        .map(
            (unit, outcome) ->
                KeyValue.pair(ValueKey.of(unit, outcome.log().indicator()), outcome.log()),
            Named.as("revision-log"))
        .to(
            Topics.REVISIONS.name(),
            Produced.with(Topics.REVISIONS.keySerde(), Topics.REVISIONS.valueSerde()));
    checks
        .get("event-invalid")
        .merge(
            outcomes.get("outcome-refused").mapValues(Outcome::deadLetter, Named.as("refused")),
            Named.as("dead-letters"))
        .processValues(() -> new DeadLetter(settings.deadLetters()), Named.as("dead-letter"))
        .to(Topics.METRIC_EVENTS_DLT.name(), Produced.with(Serdes.String(), Serdes.ByteArray()));

    JsonSerde<MetricEvent> eventSerde = new JsonSerde<>(MetricEvent.class);
    Map<String, KStream<String, MetricEvent>> firstSeen =
        outcomes
            .get("outcome-apply")
            .mapValues(Outcome::apply, Named.as("to-apply"))
            .split(Named.as("unit-"))
            .branch((unit, event) -> !event.unit().equals(unit), Branched.as("resolved"))
            .defaultBranch(Branched.as("as-sent"));
    KStream<String, MetricEvent> resolved =
        firstSeen
            .get("unit-resolved")
            .selectKey((unit, event) -> event.unit(), Named.as("successor"))
            .repartition(Repartitioned.with(Serdes.String(), eventSerde).withName("resolved-unit"));

    KStream<String, Published> published =
        firstSeen
            .get("unit-as-sent")
            .merge(resolved, Named.as("by-unit"))
            .process(
                () -> new Contributor(settings.catalog(), settings.validator().windows()),
                Named.as("contribute"),
                Contributor.STORE)
            .repartition(
                Repartitioned.with(Serdes.String(), new ContributionSerde())
                    .withName("contributions"))
            .process(
                () ->
                    new Aggregator(
                        settings.catalog(),
                        new ValueMaker(settings.catalog(), settings.judge()),
                        settings.clock(),
                        settings.validator().windows(),
                        settings.publishing(),
                        settings.statusInterval(),
                        settings.punctuations()),
                Named.as("aggregate"),
                Aggregator.STORE);
    Map<String, KStream<String, Published>> outputs =
        published
            .split(Named.as("published-"))
            .branch((key, out) -> out.isValue(), Branched.as("value"))
            .defaultBranch(Branched.as("point"));
    outputs
        .get("published-value")
        .mapValues(Published::value, Named.as("values"))
        .to(
            Topics.INDICATOR_VALUES.name(),
            Produced.with(
                Topics.INDICATOR_VALUES.keySerde(), Topics.INDICATOR_VALUES.valueSerde()));
    outputs
        .get("published-point")
        .mapValues(Published::point, Named.as("points"))
        .to(
            Topics.INDICATOR_HISTORY.name(),
            Produced.with(
                Topics.INDICATOR_HISTORY.keySerde(), Topics.INDICATOR_HISTORY.valueSerde()));
  }
}
