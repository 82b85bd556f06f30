package vn.dxmonitor.testsupport.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Embedded KRaft brokers for tests that run outside a Spring context, with the compacted topics
 * they need created up front (as the platform's topic declarations would), and a transaction log a
 * single broker can hold.
 */
public final class KraftBrokers {

  private KraftBrokers() {}

  /** A started single-node broker holding {@code topic} as a compacted, one-partition topic. */
  public static EmbeddedKafkaBroker withCompactedTopic(String topic) {
    // One broker: the transaction log (which catalog writes and exactly-once streams use) needs
    // no more replicas than there are brokers.
    EmbeddedKafkaBroker broker =
        new EmbeddedKafkaKraftBroker(1, 1)
            .brokerProperties(
                Map.of(
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1"));
    broker.afterPropertiesSet();
    try (AdminClient admin =
        AdminClient.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(topic, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
          .all()
          .get();
    } catch (ExecutionException e) {
      broker.destroy();
      throw new IllegalStateException("cannot create topic " + topic, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      broker.destroy();
      throw new IllegalStateException("interrupted creating topic " + topic, e);
    }
    return broker;
  }
}
