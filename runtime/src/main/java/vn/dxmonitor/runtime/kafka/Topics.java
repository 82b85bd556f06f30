package vn.dxmonitor.runtime.kafka;

import org.apache.kafka.common.serialization.Serdes;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.deadletter.Replay;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.model.revision.RevisionEntry;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.model.value.IndicatorValue;

/** Every topic the platform reads or writes. */
public final class Topics {

  /**
   * Raw events from source systems, keyed {@code province|indicator} ({@link EventKeys}), so an
   * event, its retries and the values it changes meet in one partition; other keys are accepted.
   */
  public static final Topic<String, MetricEvent> METRIC_EVENTS =
      new Topic<>("dx.metric-events", Serdes.String(), new JsonSerde<>(MetricEvent.class));

  /** Events the processor could not use, unchanged, with the reason in header {@code dx.error}. */
  public static final Topic<String, byte[]> METRIC_EVENTS_DLT =
      new Topic<>("dx.metric-events.dlt", Serdes.String(), Serdes.ByteArray());

  /**
   * The revision log: every accepted figure that a later one replaced or that was retracted, with
   * who sent each and when; key {@code unit|indicator}, kept as long as the events.
   */
  public static final Topic<String, RevisionEntry> REVISIONS =
      new Topic<>("dx.revisions", Serdes.String(), new JsonSerde<>(RevisionEntry.class));

  /**
   * Each dead letter sent back to {@link #METRIC_EVENTS}: who did it and when; compacted, key = the
   * letter's {@code partition:offset} on {@link #METRIC_EVENTS_DLT}.
   */
  public static final Topic<String, Replay> METRIC_EVENTS_DLT_REPLAYS =
      new Topic<>("dx.metric-events.dlt-replays", Serdes.String(), new JsonSerde<>(Replay.class));

  /** Current value per unit and indicator; compacted, key {@code unit|indicator}. */
  public static final Topic<String, IndicatorValue> INDICATOR_VALUES =
      new Topic<>("dx.indicator-values", Serdes.String(), new JsonSerde<>(IndicatorValue.class));

  /** One point per unit, indicator and day; compacted, key {@code unit|indicator|day}. */
  public static final Topic<String, HistoryPoint> INDICATOR_HISTORY =
      new Topic<>("dx.indicator-history", Serdes.String(), new JsonSerde<>(HistoryPoint.class));

  /**
   * Every alert in its latest version, history included; compacted, key = alert id. Written by the
   * alerting engine in the same transaction as its state, indexed into {@code dx-alerts}.
   */
  public static final Topic<String, Alert> ALERTS =
      new Topic<>("dx.alerts", Serdes.String(), new JsonSerde<>(Alert.class));

  /**
   * The catalog — unit versions, reorganisations, indicators, plans — as versioned data that every
   * service materialises; compacted, keyed by entry (see {@code CatalogKey}).
   */
  public static final Topic<String, byte[]> CATALOG =
      new Topic<>("dx.catalog", Serdes.String(), Serdes.ByteArray());

  /**
   * Self-reported figures on their way from a unit's reporter to publication, each with every step
   * it took; compacted, key {@code unit|indicator|period}. A figure accepted is written in the same
   * transaction as the report event it becomes.
   */
  public static final Topic<String, Submission> SUBMISSIONS =
      new Topic<>("dx.submissions", Serdes.String(), new JsonSerde<>(Submission.class));

  /**
   * The (source, eventId) pairs ingest accepted, written in the same transaction as the events, so
   * every ingest instance can tell a retry from a new event: one record per request, the time it
   * was accepted on the first line and a {@code source|eventId} per line after it; no key. Deleted
   * after the ledger's retention.
   */
  public static final Topic<String, String> ACCEPTED_IDS =
      new Topic<>("dx.ingest.accepted-ids", Serdes.String(), Serdes.String());

  /**
   * Every time a service healed itself after a fault (a stream thread replaced, a Streams client
   * restarted, the broker reached again), keyed by service; kept 90 days for the console.
   */
  public static final Topic<String, Recovery> RECOVERIES =
      new Topic<>("dx.recoveries", Serdes.String(), new JsonSerde<>(Recovery.class));

  /** Operators' actions on alerts, keyed by province, applied by the alerting engine. */
  public static final String ALERT_COMMANDS = "dx.alert-commands";

  /** The header that carries why a record went to a dead-letter topic. */
  public static final String ERROR_HEADER = "dx.error";

  /** The reason's code alone, for counting and filtering dead letters by machine. */
  public static final String ERROR_CODE_HEADER = "dx.error.code";

  /** On a replayed dead letter: where it lay, {@code dlt:<partition>:<offset>}. */
  public static final String REPLAYED_FROM_HEADER = "dx.replayed-from";

  private Topics() {}
}
