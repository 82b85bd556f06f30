package vn.dxmonitor.alerting;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import vn.dxmonitor.alerting.config.AlertingEntries;
import vn.dxmonitor.alerting.engine.AlertingStreams;
import vn.dxmonitor.alerting.engine.EngineSettings;
import vn.dxmonitor.alerting.engine.SkippedRecords;
import vn.dxmonitor.alerting.engine.TransitionMetrics;
import vn.dxmonitor.alerting.evaluate.Evaluator;
import vn.dxmonitor.alerting.route.AlertReceivers;
import vn.dxmonitor.alerting.route.WebhookHosts;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.alerting.score.ScoreJudge;
import vn.dxmonitor.alerting.settings.AlertingProperties;
import vn.dxmonitor.alerting.silence.Silences;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.kafka.KafkaTopicProperties;
import vn.dxmonitor.runtime.lifecycle.StartupStep;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;
import vn.dxmonitor.runtime.streams.StreamsHealth;
import vn.dxmonitor.runtime.streams.StreamsRecoveryProperties;
import vn.dxmonitor.runtime.streams.StreamsSupervisor;

/** The alerting engine and what it needs, with the module's defaults. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AlertingProperties.class, StreamsRecoveryProperties.class})
@PropertySource("classpath:META-INF/dx/alerting-defaults.properties")
public class AlertingConfiguration {

  @Bean
  AlertingEntries alertingEntries(CatalogView view, CatalogWriter writer, Clock clock) {
    return new AlertingEntries(view, writer, clock);
  }

  @Bean
  AlertRules alertRules(AlertingEntries entries) {
    return new AlertRules(entries);
  }

  /** The hosts webhooks may post to: checked when receivers are set and on every connection. */
  @Bean
  WebhookHosts webhookHosts(AlertingProperties properties) {
    return new WebhookHosts(properties.delivery().allowedWebhookHosts(), InetAddress::getAllByName);
  }

  @Bean
  AlertReceivers alertReceivers(AlertingEntries entries, WebhookHosts hosts) {
    return new AlertReceivers(entries, hosts);
  }

  @Bean
  Silences silences(AlertingEntries entries, ScorecardSource scorecards) {
    return new Silences(entries, scorecards);
  }

  /** The shipped rules go into a catalog topic that has none, once the catalog has been read. */
  @Bean
  StartupStep alertRulesSeed(AlertRules rules) {
    return new StartupStep(StartupStep.AFTER_CATALOG) {
      @Override
      protected void run() {
        rules.seedIfMissing();
      }
    };
  }

  @Bean
  AlertingStreams alertingStreams(
      KafkaProperties kafka,
      AlertingProperties properties,
      KafkaTopicProperties topics,
      CatalogSource catalog,
      ScorecardSource scorecards,
      StatusJudge judge,
      AlertRules rules,
      AlertReceivers receivers,
      Silences silences,
      Clock clock,
      MeterRegistry meters,
      @Qualifier("alertingStreamsSupervisor") StreamsSupervisor supervisor) {
    EngineSettings settings =
        new EngineSettings(
            new Evaluator(catalog, judge, rules),
            new ScoreJudge(catalog, scorecards, rules),
            rules,
            receivers,
            silences,
            clock,
            topics.partitions(),
            properties.tick(),
            properties.evaluationInterval(),
            new TransitionMetrics(meters),
            new SkippedRecords(meters));
    return new AlertingStreams(
        kafka.buildAdminProperties(),
        properties.applicationId(),
        properties.stateDir(),
        properties.rocksdbMemory(),
        settings,
        meters,
        supervisor);
  }

  @Bean(destroyMethod = "close")
  StreamsSupervisor alertingStreamsSupervisor(
      StreamsRecoveryProperties recovery,
      Clock clock,
      MeterRegistry meters,
      RecoveryJournal journal) {
    return new StreamsSupervisor("alerting", recovery, clock, meters, journal);
  }

  /** Readiness: the alerting engine's Streams client runs or rebalances. */
  @Bean
  HealthIndicator alertingStreamsReadiness(
      @Qualifier("alertingStreamsSupervisor") StreamsSupervisor supervisor, Clock clock) {
    return new StreamsHealth(supervisor, clock).readiness();
  }

  /** Liveness: the alerting engine's Streams client has not stayed failed past the grace. */
  @Bean
  HealthIndicator alertingStreamsLiveness(
      @Qualifier("alertingStreamsSupervisor") StreamsSupervisor supervisor, Clock clock) {
    return new StreamsHealth(supervisor, clock).liveness();
  }
}
