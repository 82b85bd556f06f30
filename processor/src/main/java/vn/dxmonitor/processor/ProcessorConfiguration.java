package vn.dxmonitor.processor;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.processor.aggregate.Publishing;
import vn.dxmonitor.processor.aggregate.PunctuationMetrics;
import vn.dxmonitor.processor.check.DeadLetterMetrics;
import vn.dxmonitor.processor.settings.ProcessorProperties;
import vn.dxmonitor.processor.topology.MetricTopology;
import vn.dxmonitor.processor.topology.TopologySettings;
import vn.dxmonitor.runtime.elasticsearch.BulkMetrics;
import vn.dxmonitor.runtime.elasticsearch.BulkWriter;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;
import vn.dxmonitor.runtime.streams.StreamsHealth;
import vn.dxmonitor.runtime.streams.StreamsRecoveryProperties;
import vn.dxmonitor.runtime.streams.StreamsSupervisor;

/** Runs {@link MetricTopology} on Spring's Kafka Streams lifecycle. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
@EnableConfigurationProperties({ProcessorProperties.class, StreamsRecoveryProperties.class})
@PropertySource("classpath:META-INF/dx/processor-defaults.properties")
public class ProcessorConfiguration {

  @Bean
  TopologySettings topologySettings(
      CatalogSource catalog,
      EventValidator validator,
      StatusJudge judge,
      Clock clock,
      ProcessorProperties properties,
      MeterRegistry meters) {
    return new TopologySettings(
        catalog,
        validator,
        judge,
        clock,
        new DeadLetterMetrics(meters),
        properties.statusInterval(),
        new Publishing(properties.publishInterval(), properties.catchUpPublishInterval()),
        new PunctuationMetrics(meters));
  }

  /** Elasticsearch writes of both indexers; a batch not stored is redelivered. */
  @Bean
  BulkWriter bulkWriter(ElasticsearchClient elasticsearch, MeterRegistry meters) {
    return new BulkWriter(elasticsearch, new BulkMetrics(meters, "processor"));
  }

  /**
   * A stopping processor leaves its group at once instead of holding its partitions until its
   * session times out: another instance (or a reprocess) takes over without waiting.
   */
  @Bean
  StreamsBuilderFactoryBeanConfigurer leaveGroupOnClose() {
    return factory -> factory.setLeaveGroupOnClose(true);
  }

  @Bean(destroyMethod = "close")
  StreamsSupervisor processorStreamsSupervisor(
      StreamsRecoveryProperties recovery,
      Clock clock,
      MeterRegistry meters,
      RecoveryJournal journal) {
    return new StreamsSupervisor("processor", recovery, clock, meters, journal);
  }

  /**
   * The processor's Streams client under its supervisor: a failed thread is replaced, and a client
   * in {@code ERROR} is closed and started again (the factory makes a new client on each start).
   */
  @Bean
  StreamsBuilderFactoryBeanConfigurer superviseProcessorStreams(
      @Qualifier("processorStreamsSupervisor") StreamsSupervisor supervisor) {
    return factory -> {
      factory.setStreamsUncaughtExceptionHandler(supervisor::onThreadFailure);
      factory.setStateListener(supervisor::onStateChange);
      supervisor.restartWith(
          () -> {
            factory.stop();
            factory.start();
          });
    };
  }

  /** Readiness: the processor's Streams client runs or rebalances. */
  @Bean
  HealthIndicator processorStreamsReadiness(
      @Qualifier("processorStreamsSupervisor") StreamsSupervisor supervisor, Clock clock) {
    return new StreamsHealth(supervisor, clock).readiness();
  }

  /** Liveness: the processor's Streams client has not stayed failed past the grace. */
  @Bean
  HealthIndicator processorStreamsLiveness(
      @Qualifier("processorStreamsSupervisor") StreamsSupervisor supervisor, Clock clock) {
    return new StreamsHealth(supervisor, clock).liveness();
  }

  @Bean
  Object metricTopology(StreamsBuilder builder, TopologySettings settings) {
    MetricTopology.build(builder, settings);
    return MetricTopology.class;
  }
}
