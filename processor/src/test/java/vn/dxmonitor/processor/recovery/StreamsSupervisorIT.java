package vn.dxmonitor.processor.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;
import vn.dxmonitor.runtime.streams.StreamsHealth;
import vn.dxmonitor.runtime.streams.StreamsRecoveryProperties;
import vn.dxmonitor.runtime.streams.StreamsSupervisor;

/**
 * The supervisor every Streams client of the platform runs under, on a real broker with a real
 * exactly-once client whose processing fails on a poisoned record for as long as the test says: a
 * failed thread is replaced and the record counted once; a client that cannot recover reaches
 * {@code ERROR}, its readiness says so at once and its liveness after the grace, and once the fault
 * is gone the supervisor's restart brings it back to running — with nobody restarting anything.
 * Each recovery is read back from the journal the operator console shows.
 */
@EmbeddedKafka(
    partitions = 1,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class StreamsSupervisorIT {

  private final String run = "supervised-" + UUID.randomUUID().toString().substring(0, 8);
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final List<RecoveryJournal> journals = new ArrayList<>();
  private KafkaStreams streams;

  @AfterEach
  void close() {
    if (streams != null) {
      streams.close(Duration.ofSeconds(10));
    }
    journals.forEach(RecoveryJournal::close);
  }

  @Test
  void aFailedThreadIsReplacedAndTheClientKeepsRunning(EmbeddedKafkaBroker broker)
      throws Exception {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    RecoveryJournal journal = journal(broker);
    StreamsSupervisor supervisor =
        new StreamsSupervisor(
            run,
            policy(10, Duration.ofSeconds(1), Duration.ofMinutes(5)),
            Clock.systemUTC(),
            meters,
            journal);
    failuresLeft.set(1);
    broker.addTopics(run);
    start(broker, supervisor);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> supervisor.state() == KafkaStreams.State.RUNNING);

    send(broker, "poison");
    send(broker, "after");

    await().atMost(Duration.ofSeconds(120)).until(() -> seen.contains("after"));
    assertThat(seen).contains("poison");
    assertThat(
            meters.get("dx.streams.recoveries").tag("action", "thread-replaced").counter().count())
        .isEqualTo(1.0);
    assertThat(streams.state()).isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
    assertThat(new StreamsHealth(supervisor, Clock.systemUTC()).readiness().health().getStatus())
        .isEqualTo(Status.UP);
    assertThat(recorded(journal, Recovery.THREAD_REPLACED))
        .singleElement()
        .satisfies(recovery -> assertThat(recovery.detail()).contains("poisoned record"));
    supervisor.close();
  }

  @Test
  void aClientInErrorIsNotReadyNotAliveAfterTheGraceAndIsRestartedByItself(
      EmbeddedKafkaBroker broker) throws Exception {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    // No thread replacements: the first failure shuts the client down; restarts every 8 s.
    RecoveryJournal journal = journal(broker);
    StreamsSupervisor supervisor =
        new StreamsSupervisor(
            run,
            policy(0, Duration.ofSeconds(8), Duration.ofSeconds(1)),
            Clock.systemUTC(),
            meters,
            journal);
    StreamsHealth health = new StreamsHealth(supervisor, Clock.systemUTC());
    failuresLeft.set(Integer.MAX_VALUE);
    broker.addTopics(run);
    start(broker, supervisor);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> supervisor.state() == KafkaStreams.State.RUNNING);

    send(broker, "poison");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> supervisor.state() == KafkaStreams.State.ERROR);
    assertThat(health.readiness().health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(health.readiness().health().getDetails()).containsEntry("state", "ERROR");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> health.liveness().health().getStatus().equals(Status.DOWN));

    // The fault goes away; the supervisor's next restart finds the client able to run
    failuresLeft.set(0);
    await().atMost(Duration.ofSeconds(90)).until(() -> seen.contains("poison"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> supervisor.state() == KafkaStreams.State.RUNNING);
    assertThat(health.readiness().health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.liveness().health().getStatus()).isEqualTo(Status.UP);
    assertThat(
            meters.get("dx.streams.recoveries").tag("action", "client-restarted").counter().count())
        .isGreaterThanOrEqualTo(1.0);
    assertThat(recorded(journal, Recovery.CLIENT_RESTARTED))
        .isNotEmpty()
        .allSatisfy(recovery -> assertThat(recovery.detail()).contains("poisoned record"));
    supervisor.close();
  }

  /** The real journal on the test's broker; the topic is made on first use. */
  private RecoveryJournal journal(EmbeddedKafkaBroker broker) {
    RecoveryJournal journal =
        new RecoveryJournal(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    journals.add(journal);
    return journal;
  }

  /** This run's recoveries of one action, as the console would read them back. */
  private List<Recovery> recorded(RecoveryJournal journal, String action) {
    List<Recovery> found = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              found.clear();
              journal.read().stream()
                  .filter(r -> r.service().equals(run) && r.action().equals(action))
                  .forEach(found::add);
              return !found.isEmpty();
            });
    return found;
  }

  private StreamsRecoveryProperties policy(int replacements, Duration backoff, Duration grace) {
    // No settle: readiness here follows the client's state alone (StreamsSupervisorTest has the
    // settle after repeated failures).
    return new StreamsRecoveryProperties(
        replacements,
        Duration.ofMinutes(5),
        backoff,
        backoff.multipliedBy(2),
        grace,
        Duration.ZERO);
  }

  private synchronized void start(EmbeddedKafkaBroker broker, StreamsSupervisor supervisor)
      throws Exception {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, run);
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    // The failed thread's member is noticed in seconds, as the processor's tests set it too.
    config.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6000);
    config.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), 1500);
    config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(run).toString());
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(run, Consumed.with(Serdes.String(), Serdes.String()))
        .foreach(
            (key, value) -> {
              if (value.equals("poison") && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("poisoned record, as a broken dependency would");
              }
              seen.add(value);
            });
    streams = new KafkaStreams(builder.build(), config);
    streams.setUncaughtExceptionHandler(supervisor::onThreadFailure);
    streams.setStateListener(supervisor::onStateChange);
    supervisor.restartWith(
        () -> {
          try {
            restart(broker, supervisor);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    streams.start();
  }

  private synchronized void restart(EmbeddedKafkaBroker broker, StreamsSupervisor supervisor)
      throws Exception {
    streams.close(Duration.ofSeconds(10));
    start(broker, supervisor);
  }

  private void send(EmbeddedKafkaBroker broker, String value) {
    Map<String, Object> props = KafkaTestUtils.producerProps(broker);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(run, "k", value));
      producer.flush();
    }
  }
}
