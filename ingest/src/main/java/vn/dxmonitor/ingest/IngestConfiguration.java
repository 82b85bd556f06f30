package vn.dxmonitor.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import vn.dxmonitor.ingest.availability.BrokerCircuit;
import vn.dxmonitor.ingest.availability.BrokerHealth;
import vn.dxmonitor.ingest.availability.BrokerProbeProperties;
import vn.dxmonitor.ingest.dedup.AcceptedLedger;
import vn.dxmonitor.ingest.dedup.LedgerStartup;
import vn.dxmonitor.ingest.http.IntakeGate;
import vn.dxmonitor.ingest.http.KeyChecks;
import vn.dxmonitor.ingest.intake.EventIntake;
import vn.dxmonitor.ingest.limit.RateLimits;
import vn.dxmonitor.ingest.metrics.IngestMetrics;
import vn.dxmonitor.ingest.publish.TransactionalProducers;
import vn.dxmonitor.ingest.publish.TransactionalPublisher;
import vn.dxmonitor.ingest.settings.IngestProperties;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.RevisionWindows;
import vn.dxmonitor.runtime.catalog.CatalogProperties;
import vn.dxmonitor.runtime.kafka.EventKeys;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;
import vn.dxmonitor.runtime.web.BearerKeys;

/** The ingest pipeline: keys, limits, the ledger of accepted ids and the transactional producer. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, BrokerProbeProperties.class})
@PropertySource("classpath:META-INF/dx/ingest-defaults.properties")
public class IngestConfiguration {

  @Bean(destroyMethod = "close")
  AcceptedLedger acceptedLedger(
      KafkaProperties kafka,
      IngestProperties ingest,
      Clock clock,
      InstanceName instance,
      CatalogSource catalog,
      EventValidator validator) {
    RevisionWindows windows = validator.windows();
    return new AcceptedLedger(
        kafka.buildConsumerProperties(),
        ingest.ledgerRetention(),
        ingest.ledgerMaxIds(),
        clock,
        instance.name(),
        event ->
            catalog
                .catalog()
                .indicator(event.indicator())
                .map(indicator -> windows.deadline(indicator, event.occurredAt()))
                .orElse(null));
  }

  @Bean
  InstanceName ingestInstanceName() {
    return new InstanceName(UUID.randomUUID().toString());
  }

  /** This ingest instance's name, on its transactional ids and ledger records. */
  record InstanceName(String name) {}

  @Bean
  LedgerStartup ledgerStartup(AcceptedLedger ledger, CatalogProperties catalog) {
    return new LedgerStartup(ledger, catalog.startupTimeout());
  }

  @Bean(destroyMethod = "close")
  TransactionalPublisher transactionalPublisher(
      KafkaProperties kafka,
      IngestProperties ingest,
      Clock clock,
      InstanceName instance,
      AcceptedLedger ledger,
      CatalogSource catalog) {
    return new TransactionalPublisher(
        TransactionalProducers.kafka(kafka.buildProducerProperties(), ingest.sendTimeout()),
        instance.name(),
        ingest.producers(),
        ingest.sendTimeout(),
        clock,
        ledger::stored,
        ledger::rememberUntil,
        event -> EventKeys.of(event, catalog.units()));
  }

  @Bean
  IngestMetrics ingestMetrics(MeterRegistry registry, AcceptedLedger ledger) {
    IngestMetrics metrics = new IngestMetrics(registry);
    metrics.ledgerForgottenEarly(ledger::forgottenEarly);
    return metrics;
  }

  @Bean
  RateLimits rateLimits(IngestProperties ingest) {
    return new RateLimits(ingest.rate().eventsPerSecond(), ingest.rate().burst());
  }

  @Bean
  EventIntake eventIntake(
      EventValidator validator,
      CatalogSource catalog,
      AcceptedLedger ledger,
      TransactionalPublisher publisher,
      IngestMetrics metrics,
      IngestProperties ingest,
      Clock clock) {
    return new EventIntake(
        validator, catalog, ledger, publisher, metrics, ingest.raceWait(), clock);
  }

  @Bean
  KeyChecks keyChecks(ApiKeyRegistry keys) {
    return new KeyChecks(new BearerKeys(keys));
  }

  @Bean
  IntakeGate intakeGate(
      IngestProperties ingest,
      RateLimits limits,
      EventIntake intake,
      BrokerCircuit broker,
      IngestMetrics metrics) {
    return new IntakeGate(ingest, limits, intake, broker, metrics);
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  BrokerCircuit brokerCircuit(
      KafkaProperties kafka, BrokerProbeProperties probe, Clock clock, RecoveryJournal journal) {
    return new BrokerCircuit(kafka.buildAdminProperties(), probe, clock, journal);
  }

  /** Readiness: ingest can store events only while the broker is reachable. */
  @Bean
  HealthIndicator ingestBroker(BrokerCircuit broker) {
    return new BrokerHealth(broker);
  }
}
