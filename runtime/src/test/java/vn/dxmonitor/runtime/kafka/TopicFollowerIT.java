package vn.dxmonitor.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.testsupport.kafka.KraftBrokers;

/** A follower started before its topic exists, as a service started before the one making it. */
class TopicFollowerIT {

  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KraftBrokers.withCompactedTopic("dx.unrelated");
  }

  @AfterAll
  static void stopBroker() {
    broker.destroy();
  }

  @Test
  void aTopicMadeAfterTheFollowerStartedIsFollowedFromItsFirstRecord() throws Exception {
    List<String> read = new CopyOnWriteArrayList<>();
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.getBrokersAsString(),
            // as a production broker has it: the follower must not make the topic itself
            ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
            false);
    try (TopicFollower follower = new TopicFollower("dx.late", config, new Collect(read))) {
      follower.start();
      assertThat(follower.awaitCaughtUp(Duration.ofSeconds(3)))
          .as("nothing to have caught up with while the topic does not exist")
          .isFalse();

      try (AdminClient admin =
          AdminClient.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
        admin.createTopics(List.of(new NewTopic("dx.late", 1, (short) 1))).all().get();
      }
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(
              KafkaTestUtils.producerProps(broker),
              new StringSerializer(),
              new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>("dx.late", "first", new byte[] {1})).get();
      }

      assertThat(follower.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (read.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(read).containsExactly("first");
    }
  }

  private record Collect(List<String> read) implements TopicFollower.Listener {

    @Override
    public void record(ConsumerRecord<String, byte[]> record) {
      read.add(record.key());
    }
  }
}
