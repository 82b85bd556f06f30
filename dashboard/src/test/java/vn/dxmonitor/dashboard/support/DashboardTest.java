package vn.dxmonitor.dashboard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import vn.dxmonitor.dashboard.DashboardApplication;

/**
 * The dashboard alone on a random port, on a broker of its own with one partition per topic. Each
 * class has its own broker (with a transaction log of one replica); closing the context with the
 * class stops it before the JVM exits. Pair it with {@link DashboardInfrastructure#elasticsearch}
 * for the shared Elasticsearch node.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = DashboardApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "dx.kafka.topics.partitions=1"
    })
@EmbeddedKafka(
    partitions = 1,
    brokerProperties = {
      // One broker: the transaction log the console's dead-letter replays write through
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
@DirtiesContext
public @interface DashboardTest {}
