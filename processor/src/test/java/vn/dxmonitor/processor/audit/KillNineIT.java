package vn.dxmonitor.processor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.processor.ProcessorApplication;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;
import vn.dxmonitor.testsupport.process.ApplicationProcess;

/**
 * Exactly-once under kill -9. While events stream in, the processor (a JVM of its own) is killed
 * with SIGKILL several times, mid-transaction, and started again. Afterwards every value is
 * recomputed from the events topic ({@link Audit}) and compared with the compacted values topic and
 * with Elasticsearch: not one event may be lost or counted twice.
 */
@EmbeddedKafka(
    partitions = 3,
    // Made before the load starts: a first batch racing the topic's creation meets
    // NOT_LEADER, and its retry is then refused as out of sequence until it expires.
    topics = "dx.metric-events",
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class KillNineIT {

  private static final int KILLS = 3;
  private static final int EVENTS_PER_SECOND = 400;
  private static final Duration AUDIT_TIMEOUT = Duration.ofMinutes(3);

  private final String run = "kill-" + UUID.randomUUID().toString().substring(0, 8);
  private final Random random = new Random();

  @Test
  void killedMidTransactionTheProcessorLosesNothingAndCountsNothingTwice(EmbeddedKafkaBroker broker)
      throws Exception {
    String elasticsearchUri = SharedElasticsearch.uri();
    IndexNames indexNames = new IndexNames(run + "-");
    Path log = Path.of("target", run + "-processor.log");
    Files.createDirectories(log.getParent());
    List<String> arguments =
        List.of(
            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
            "--spring.kafka.streams.replication-factor=1",
            "--spring.kafka.streams.application-id=" + run,
            // A killed member is noticed in seconds, not the default 45 s.
            "--spring.kafka.streams.properties.session.timeout.ms=6000",
            "--spring.kafka.streams.properties.heartbeat.interval.ms=1500",
            "--dx.processor.state-dir=" + Files.createTempDirectory("dx-" + run),
            "--dx.processor.indexer-group=" + run + "-indexer",
            "--dx.processor.status-interval=5s",
            "--dx.elasticsearch.uris=" + elasticsearchUri,
            "--dx.elasticsearch.index-prefix=" + indexNames.prefix());
    List<String> communes =
        BuiltInUnits.giaLai().all().stream()
            .filter(unit -> unit.level() == UnitLevel.COMMUNE)
            .map(Unit::code)
            .toList();

    try (ApplicationProcess processor =
            new ApplicationProcess(ProcessorApplication.class, arguments, log);
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker),
                new StringSerializer(),
                new StringSerializer())) {
      processor.start();
      EventLoad load = new EventLoad(producer, communes, EVENTS_PER_SECOND);
      Thread loading = new Thread(load, "event-load");
      loading.start();
      for (int kill = 0; kill < KILLS; kill++) {
        // Started, then long enough to take its partitions and be in the middle of its work: timed
        // from the start line, since a busy machine can take half a minute to start a JVM.
        processor.awaitStarted(Duration.ofMinutes(2));
        AuditWaits.sleepAlive(processor, Duration.ofSeconds(8 + random.nextInt(10)));
        processor.kill();
        processor.start();
      }
      processor.awaitStarted(Duration.ofMinutes(2));
      AuditWaits.sleepAlive(processor, Duration.ofSeconds(10));
      load.stop();
      loading.join();
      assertThat(load.failure()).as("the load").isNull();
      assertThat(load.unacknowledged()).as("the load's sends: %s", load.account()).isZero();

      Audit.Result result =
          AuditWaits.recountUntilClean(
              broker.getBrokersAsString(), elasticsearchUri, indexNames, processor, AUDIT_TIMEOUT);

      // a send the broker let expire may have been written all the same
      assertThat(result.events()).isBetween(load.acknowledged(), load.sent());
      // one in twenty is a retry of an event already sent
      assertThat(result.counted())
          .isLessThan(result.events())
          .isGreaterThan(result.events() * 9 / 10);
      // 12 communes on 6 indicators, and their province on the 5 that roll up
      assertThat(result.keys()).isEqualTo(12 * 6 + 5);
      assertThat(result.topic()).isEmpty();
      assertThat(result.index()).isEmpty();
    }
  }
}
