package vn.dxmonitor.alerting.engine;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationGroup;
import vn.dxmonitor.alerting.score.ScoreHistory;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.runtime.kafka.JsonSerde;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The alerting topology: values are re-keyed by the province their unit lies in, so that one task
 * owns every alert of a province (grouping and escalation look across its units), merged with the
 * operators' commands keyed the same way, and judged by {@link AlertEngine}, which writes each new
 * version of an alert to the compacted {@code dx.alerts} and what receivers are to be told to
 * {@code dx.notifications}, keyed by receiver, in the same transaction.
 */
public final class AlertTopology {

  public static final String COMMANDS_TOPIC = Topics.ALERT_COMMANDS;
  static final String OBSERVATIONS = "alerting-observations";
  static final String ALERTS = "alerting-alerts";
  static final String GROUPS = "alerting-groups";
  static final String DIGESTS = "alerting-digests";
  static final String SCORES = "alerting-scores";
  public static final String NOTIFICATIONS_TOPIC = "dx.notifications";

  static final JsonSerde<EngineInput> INPUT = new JsonSerde<>(EngineInput.class);
  static final JsonSerde<AlertCommand> COMMAND = new JsonSerde<>(AlertCommand.class);
  static final JsonSerde<Alert> ALERT = new JsonSerde<>(Alert.class);
  public static final JsonSerde<Notification> NOTIFICATION = new JsonSerde<>(Notification.class);

  private AlertTopology() {}

  public static void build(StreamsBuilder builder, EngineSettings settings) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(OBSERVATIONS),
            Serdes.String(),
            new JsonSerde<>(vn.dxmonitor.alerting.evaluate.Observation.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(ALERTS), Serdes.String(), ALERT));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(GROUPS),
            Serdes.String(),
            new JsonSerde<>(NotificationGroup.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DIGESTS), Serdes.String(), Serdes.String()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SCORES),
            Serdes.String(),
            new JsonSerde<>(ScoreHistory.class)));

    KStream<String, EngineInput> values =
        builder.stream(
                Topics.INDICATOR_VALUES.name(),
                Consumed.with(Serdes.String(), Topics.INDICATOR_VALUES.valueSerde()))
            .process(() -> new ByProvince(settings))
            .repartition(
                Repartitioned.with(Serdes.String(), INPUT)
                    .withName("by-province")
                    .withNumberOfPartitions(settings.partitions()));
    KStream<String, EngineInput> commands =
        builder.stream(COMMANDS_TOPIC, Consumed.with(Serdes.String(), COMMAND))
            .filter((key, command) -> command != null)
            .mapValues(EngineInput::of);
    KStream<String, EngineOutput> outputs =
        values
            .merge(commands)
            .process(
                () -> new AlertEngine(settings), OBSERVATIONS, ALERTS, GROUPS, DIGESTS, SCORES);
    outputs
        .filter((key, output) -> output.alert() != null)
        .mapValues(EngineOutput::alert)
        .to(Topics.ALERTS.name(), Produced.with(Serdes.String(), ALERT));
    outputs
        .filter((key, output) -> output.notification() != null)
        .mapValues(EngineOutput::notification)
        .to(NOTIFICATIONS_TOPIC, Produced.with(Serdes.String(), NOTIFICATION));
  }
}
