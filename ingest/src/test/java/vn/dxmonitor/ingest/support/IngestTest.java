package vn.dxmonitor.ingest.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.dxmonitor.ingest.IngestApplication;

/**
 * The ingest service on a random port against a real (embedded KRaft) broker. Every class with this
 * annotation shares one application and one broker, so tests tell their events apart by eventId.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = IngestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "dx.ingest.max-events=50",
      "dx.ingest.max-bytes=64KB",
      "dx.ingest.send-timeout=5s",
      "dx.ingest.rate.events-per-second=100000",
      "dx.ingest.rate.burst=100000"
    })
@EmbeddedKafka(
    partitions = 3,
    // One broker: the transaction log that audited key changes use has one replica.
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
public @interface IngestTest {}
