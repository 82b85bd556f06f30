package vn.dxmonitor.processor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import vn.dxmonitor.processor.ProcessorApplication;

/**
 * The processor application against a real (embedded KRaft) broker with exactly-once transactions.
 * Each class gets its own application; {@link ProcessorInfrastructure} gives it its own application
 * id, state directory and index prefix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = ProcessorApplication.class,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.kafka.streams.replication-factor=1"
    })
@DirtiesContext
@EmbeddedKafka(
    partitions = 2,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
public @interface ProcessorTest {}
