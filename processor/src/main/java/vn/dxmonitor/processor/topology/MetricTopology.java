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
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.processor.aggregate.Aggregator;
import vn.dxmonitor.processor.aggregate.Published;
import vn.dxmonitor.processor.aggregate.ValueMaker;
import vn.dxmonitor.processor.aggregate.ValueStateSerde;
import vn.dxmonitor.processor.check.CheckedEvent;
import vn.dxmonitor.processor.check.CheckedEventSerde;
import vn.dxmonitor.processor.check.DeadLetter;
import vn.dxmonitor.processor.check.EventCheck;
import vn.dxmonitor.processor.contribution.AddressedContribution;
import vn.dxmonitor.processor.contribution.Contribution;
import vn.dxmonitor.processor.contribution.ContributionSerde;
import vn.dxmonitor.processor.contribution.Contributor;
import vn.dxmonitor.processor.contribution.ReportedFigures;
import vn.dxmonitor.processor.revision.AcceptedEvent;
import vn.dxmonitor.processor.revision.Outcome;
import vn.dxmonitor.processor.revision.Revisions;
import vn.dxmonitor.runtime.kafka.EventKeys;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The processor's topology, in two stages.
 *
 * <p>Everything happens where the event is read: the events topic is keyed {@code
 * province|indicator} ({@link EventKeys}), so a unit's value and its province's live in the
 * partition that reads the unit's events, and the roll-up crosses nothing. Check → revisions (a
 * retry counts nothing, a revision or retraction first takes back the figure in force, and goes to
 * the revision log) → what the event contributes to its unit and to each ancestor → the state per
 * {@code unit|indicator}; on a wall clock, the value with its status of every key that changed, the
 * points of closed and corrected days, and for what time alone changes, every key again.
 *
 * <p>Two detours keep this exact whatever arrives. An event keyed otherwise (another producer keys
 * by unit code; a retired code resolved to its successor) first moves to its key's partition, so an
 * event and its retries always meet in one store. A contribution to an ancestor of another province
 * (a district and province of a day before a reorganisation) moves to the partition where that
 * value lives.
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
            .branch((key, event) -> !event.isValid(), Branched.as("invalid"))
            .branch((key, event) -> key.equals(keyOf(event, settings)), Branched.as("placed"))
            .defaultBranch(Branched.as("elsewhere"));
    KStream<String, CheckedEvent> moved =
        checks
            .get("event-elsewhere")
            .selectKey((key, event) -> keyOf(event, settings), Named.as("event-key"))
            .repartition(
                Repartitioned.with(Serdes.String(), new CheckedEventSerde())
                    .withName("keyed-events"));

    Map<String, KStream<String, Outcome>> outcomes =
        checks
            .get("event-placed")
            .merge(moved, Named.as("by-key"))
            .processValues(
                () -> new Revisions(settings.catalog(), settings.validator().windows()),
                Named.as("revisions"),
                Revisions.STORE)
            .split(Named.as("outcome-"))
            .branch((key, outcome) -> outcome.isApply(), Branched.as("apply"))
            .branch((key, outcome) -> outcome.isLog(), Branched.as("log"))
            .defaultBranch(Branched.as("refused"));
    outcomes
        .get("outcome-log")
        .map(
            (key, outcome) ->
                KeyValue.pair(
                    ValueKey.of(outcome.log().unit(), outcome.log().indicator()), outcome.log()),
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

    Map<String, KStream<String, AddressedContribution>> contributions =
        outcomes
            .get("outcome-apply")
            .mapValues(Outcome::apply, Named.as("to-apply"))
            .process(
                () -> new Contributor(settings.catalog(), settings.validator().windows()),
                Named.as("contribute"),
                Contributor.STORE)
            .split(Named.as("contribution-"))
            .branch((key, addressed) -> addressed.local(), Branched.as("local"))
            .defaultBranch(Branched.as("elsewhere"));
    KStream<String, Contribution> arriving =
        contributions
            .get("contribution-elsewhere")
            .mapValues(AddressedContribution::contribution, Named.as("to-cross"))
            .repartition(
                Repartitioned.with(Serdes.String(), new ContributionSerde())
                    .withStreamPartitioner(new ValuePartitioner<>(settings.catalog()))
                    .withName("contributions"));
    KStream<String, Published> published =
        contributions
            .get("contribution-local")
            .mapValues(AddressedContribution::contribution, Named.as("to-apply-here"))
            .merge(arriving, Named.as("by-value"))
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

  private static String keyOf(CheckedEvent checked, TopologySettings settings) {
    return EventKeys.of(checked.event(), settings.catalog().units());
  }
}
