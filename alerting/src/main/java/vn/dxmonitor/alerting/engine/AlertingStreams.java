package vn.dxmonitor.alerting.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.LogAndFailProcessingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.unit.DataSize;
import vn.dxmonitor.runtime.lifecycle.StartupStep;
import vn.dxmonitor.runtime.streams.BoundedRocksDbMemory;
import vn.dxmonitor.runtime.streams.StreamsSupervisor;

/**
 * Runs the alerting topology on a Kafka Streams instance of its own, beside the processor's when
 * both share a JVM (the platform), hence not on Spring's single default streams builder. Its
 * failures go to a {@link StreamsSupervisor}, which replaces failed threads and restarts a client
 * that reached {@code ERROR} through {@link #stop()} and {@link #start()}.
 */
public final class AlertingStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertingStreams.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Properties config;
  private final EngineSettings settings;
  private final MeterRegistry meters;
  private final StreamsSupervisor supervisor;
  private KafkaStreams streams;
  private KafkaStreamsMetrics metrics;

  /**
   * @param kafka the common client settings (bootstrap servers, security)
   */
  public AlertingStreams(
      Map<String, Object> kafka,
      String applicationId,
      String stateDir,
      DataSize rocksdbMemory,
      EngineSettings settings,
      MeterRegistry meters,
      StreamsSupervisor supervisor) {
    this.settings = settings;
    this.meters = meters;
    this.supervisor = supervisor;
    supervisor.restartWith(
        () -> {
          stop();
          start();
        });
    this.config = new Properties();
    config.putAll(kafka);
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    // Every store of the engine within one bound: RocksDB's defaults give each store of each task
    // its own cache and write buffers, which grow with the partitions an instance is given.
    config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    config.put(BoundedRocksDbMemory.MEMORY_CONFIG, rocksdbMemory.toBytes() + "B");
    // An unreadable record is skipped, counted and logged with where it was; one bad record must
    // not stop every province's alerts.
    config.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, UnreadableRecords.class);
    config.put(SkippedRecords.CONFIG, settings.skipped());
    // A failure while judging or while writing the results stops the thread (the supervisor
    // replaces it) rather than going on: the transaction is aborted and the record judged again,
    // where going on would commit an alert half changed, or a notification without its alert.
    config.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndFailProcessingExceptionHandler.class);
    config.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DefaultProductionExceptionHandler.class);
  }

  @Override
  public synchronized void start() {
    if (streams != null) {
      return;
    }
    StreamsBuilder builder = new StreamsBuilder();
    AlertTopology.build(builder, settings);
    streams = new KafkaStreams(builder.build(config), config);
    streams.setUncaughtExceptionHandler(supervisor::onThreadFailure);
    streams.setStateListener(supervisor::onStateChange);
    // Tagged as Spring tags the processor's streams, by bean: Prometheus wants one tag set per
    // name.
    metrics = new KafkaStreamsMetrics(streams, List.of(Tag.of("spring_id", "alertingStreams")));
    metrics.bindTo(meters);
    streams.start();
  }

  @Override
  public synchronized void stop() {
    if (streams != null) {
      streams.close(new KafkaStreams.CloseOptions().timeout(CLOSE_TIMEOUT).leaveGroup(true));
      metrics.close();
      streams = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return streams != null;
  }

  /** After every start-up step (the catalog must be read before the engine judges anything). */
  @Override
  public int getPhase() {
    return StartupStep.AFTER_CATALOG + 100;
  }

  public synchronized KafkaStreams.State state() {
    return streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
  }
}
