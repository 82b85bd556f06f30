package vn.dxmonitor.processor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.processor.ProcessorApplication;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;
import vn.dxmonitor.testsupport.process.ApplicationProcess;

/**
 * Scale-out: two processor instances, each a JVM of its own with its own state directory and a
 * standby of the other's stores, share the work of six partitions under a steady load. One is
 * killed with SIGKILL and not started again; the other takes over its partitions, and afterwards
 * every value is exact ({@link Audit}). The time from the kill until the survivor holds every
 * partition is measured and logged.
 */
@EmbeddedKafka(
    partitions = ScaleOutIT.PARTITIONS,
    // Made before the load starts: a first batch racing the topic's creation meets
    // NOT_LEADER, and its retry is then refused as out of sequence until it expires.
    topics = "dx.metric-events",
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class ScaleOutIT {

  static final int PARTITIONS = 6;

  private static final Logger log = LoggerFactory.getLogger(ScaleOutIT.class);
  private static final int EVENTS_PER_SECOND = 300;
  private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(6);
  private static final Duration AUDIT_TIMEOUT = Duration.ofMinutes(3);

  private final String run = "scale-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void twoInstancesShareThePartitionsAndTheSurvivorOfAKillCountsEveryEventOnce(
      EmbeddedKafkaBroker broker) throws Exception {
    String elasticsearchUri = SharedElasticsearch.uri();
    IndexNames indexNames = new IndexNames(run + "-");
    List<String> communes =
        BuiltInUnits.giaLai().all().stream()
            .filter(unit -> unit.level() == UnitLevel.COMMUNE)
            .map(Unit::code)
            .toList();

    try (ApplicationProcess first = instance("a", broker, elasticsearchUri, indexNames);
        ApplicationProcess second = instance("b", broker, elasticsearchUri, indexNames);
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker),
                new StringSerializer(),
                new StringSerializer())) {
      first.start();
      second.start();
      EventLoad load = new EventLoad(producer, communes, EVENTS_PER_SECOND);
      Thread loading = new Thread(load, "event-load");
      loading.start();

      List<MemberDescription> sharing =
          awaitMembers(admin, 2, first, Duration.ofMinutes(2)).members().stream().toList();
      assertThat(sharing)
          .as("each instance holds a share of the events' partitions")
          .allSatisfy(member -> assertThat(eventPartitions(member)).isNotEmpty());
      AuditWaits.sleepAlive(first, Duration.ofSeconds(15));

      long killedAt = System.nanoTime();
      second.kill();
      ConsumerGroupDescription survivor = awaitMembers(admin, 1, first, Duration.ofMinutes(2));
      Duration rebalance = Duration.ofNanos(System.nanoTime() - killedAt);
      assertThat(eventPartitions(survivor.members().iterator().next())).hasSize(PARTITIONS);
      log.info(
          "The survivor held all {} partitions {} ms after the other instance was killed"
              + " (session timeout {} ms)",
          PARTITIONS,
          rebalance.toMillis(),
          SESSION_TIMEOUT.toMillis());

      AuditWaits.sleepAlive(first, Duration.ofSeconds(10));
      load.stop();
      loading.join();
      log.info("The load: {}", load.account());
      assertThat(load.failure()).as("the load").isNull();
      assertThat(load.unacknowledged()).as("the load's sends: %s", load.account()).isZero();

      Audit.Result result =
          AuditWaits.recountUntilClean(
              broker.getBrokersAsString(), elasticsearchUri, indexNames, first, AUDIT_TIMEOUT);

      // a send the broker let expire may have been written all the same
      assertThat(result.events()).isBetween(load.acknowledged(), load.sent());
      assertThat(result.counted()).isGreaterThan(result.events() * 9 / 10);
      // 12 communes on 6 indicators, and their province on the 5 that roll up
      assertThat(result.keys()).isEqualTo(12 * 6 + 5);
      assertThat(result.topic()).isEmpty();
      assertThat(result.index()).isEmpty();
      assertThat(rebalance)
          .as("the survivor takes over within a few session timeouts")
          .isLessThan(SESSION_TIMEOUT.multipliedBy(5));
    }
  }

  private ApplicationProcess instance(
      String name, EmbeddedKafkaBroker broker, String elasticsearchUri, IndexNames indexNames)
      throws Exception {
    Path log = Path.of("target", run + "-processor-" + name + ".log");
    Files.createDirectories(log.getParent());
    List<String> arguments =
        List.of(
            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
            "--spring.kafka.streams.replication-factor=1",
            "--spring.kafka.streams.application-id=" + run,
            "--spring.kafka.streams.properties.num.standby.replicas=1",
            "--spring.kafka.streams.properties.session.timeout.ms=" + SESSION_TIMEOUT.toMillis(),
            "--spring.kafka.streams.properties.heartbeat.interval.ms=1500",
            "--dx.kafka.topics.partitions=" + PARTITIONS,
            "--dx.processor.state-dir=" + Files.createTempDirectory("dx-" + run + "-" + name),
            "--dx.processor.indexer-group=" + run + "-indexer",
            "--dx.processor.status-interval=5s",
            "--dx.elasticsearch.uris=" + elasticsearchUri,
            "--dx.elasticsearch.index-prefix=" + indexNames.prefix());
    return new ApplicationProcess(ProcessorApplication.class, arguments, log);
  }

  /** Waits until the Streams group is stable with {@code count} members holding every partition. */
  private ConsumerGroupDescription awaitMembers(
      Admin admin, int count, ApplicationProcess alive, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    ConsumerGroupDescription group = null;
    while (System.nanoTime() < deadline) {
      group = describe(admin);
      if (group != null
          && group.groupState() == GroupState.STABLE
          && group.members().size() == count
          && group.members().stream().mapToInt(m -> eventPartitions(m).size()).sum()
              == PARTITIONS) {
        return group;
      }
      AuditWaits.sleepAlive(alive, Duration.ofMillis(250));
    }
    throw new AssertionError(
        "the group did not settle with " + count + " members in " + timeout + ": " + group);
  }

  private ConsumerGroupDescription describe(Admin admin) throws InterruptedException {
    try {
      return admin.describeConsumerGroups(List.of(run)).all().get().get(run);
    } catch (ExecutionException e) {
      return null;
    }
  }

  private static List<TopicPartition> eventPartitions(MemberDescription member) {
    List<TopicPartition> events = new ArrayList<>();
    for (TopicPartition partition : member.assignment().topicPartitions()) {
      if (partition.topic().equals(Topics.METRIC_EVENTS.name())) {
        events.add(partition);
      }
    }
    return events;
  }
}
