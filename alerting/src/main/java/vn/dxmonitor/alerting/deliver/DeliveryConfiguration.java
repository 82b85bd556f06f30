package vn.dxmonitor.alerting.deliver;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.dxmonitor.alerting.route.AlertReceivers;
import vn.dxmonitor.alerting.route.UnitReporters;
import vn.dxmonitor.alerting.route.WebhookHosts;
import vn.dxmonitor.alerting.settings.AlertingProperties;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;

/**
 * The channels, the dispatcher that uses them, the listeners that feed it notifications and their
 * retries, and the Alertmanager mirror.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

  static final String LISTENER_FACTORY = "notificationListenerFactory";
  static final String RETRY_LISTENER_FACTORY = "notificationRetryListenerFactory";

  /**
   * Webhook and e-mail, the most a notification is sent on, each taken to last up to the delivery
   * timeout (the e-mail's as long as the SMTP timeouts of {@code spring.mail.properties} let it).
   */
  private static final int CHANNELS = 2;

  @Bean
  NotificationText notificationText(
      CatalogSource catalog, ScorecardSource scorecards, Clock clock) {
    return new NotificationText(catalog, scorecards, clock);
  }

  @Bean
  DeadLetters deadLetters(KafkaProperties kafka) {
    return new DeadLetters(kafka.buildProducerProperties());
  }

  @Bean
  NotificationRetries notificationRetries(KafkaProperties kafka) {
    return new NotificationRetries(kafka.buildProducerProperties());
  }

  @Bean
  WebhookChannel webhookChannel(AlertingProperties properties, WebhookHosts hosts, Clock clock) {
    return new WebhookChannel(properties.delivery().timeout(), clock, hosts);
  }

  @Bean
  NotificationDispatcher notificationDispatcher(
      AlertingProperties properties,
      AlertReceivers receivers,
      CatalogView catalog,
      WebhookChannel webhook,
      NotificationRetries retries,
      DeadLetters deadLetters,
      ObjectProvider<JavaMailSender> mail,
      NotificationText text,
      Clock clock,
      MeterRegistry meters) {
    AlertingProperties.Delivery delivery = properties.delivery();
    List<Channel> channels =
        List.of(webhook, new EmailChannel(mail.getIfAvailable(), delivery.mailFrom(), text));
    return new NotificationDispatcher(
        channels,
        UnitReporters.directory(new UnitReporters(catalog::accounts), receivers),
        retries::write,
        deadLetters::write,
        new Backoff(delivery.attempts(), delivery.initialBackoff(), delivery.maxBackoff()),
        clock,
        meters);
  }

  @Bean
  NotificationListener notificationListener(NotificationDispatcher dispatcher) {
    return new NotificationListener(dispatcher);
  }

  @Bean
  NotificationRetryListener notificationRetryListener(
      NotificationDispatcher dispatcher, Clock clock) {
    return new NotificationRetryListener(dispatcher, clock);
  }

  /**
   * One record at a time, committed after its first attempt on every channel; read_committed, so a
   * notification of an engine transaction that was aborted is never sent. A record may take a
   * timeout per channel, so a poll brings no more than fit in the poll interval.
   */
  @Bean(LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> notificationListenerFactory(
      KafkaProperties kafka, AlertingProperties properties) {
    return factory(
        kafka,
        ContainerProperties.AckMode.RECORD,
        properties.delivery().timeout().multipliedBy(CHANNELS));
  }

  /**
   * Retries, committed by the listener once each is done with; a retry not yet due is sent back
   * with {@code nack}, which pauses the consumer until then.
   */
  @Bean(RETRY_LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> notificationRetryListenerFactory(
      KafkaProperties kafka, AlertingProperties properties) {
    return factory(
        kafka, ContainerProperties.AckMode.MANUAL_IMMEDIATE, properties.delivery().timeout());
  }

  private static ConcurrentKafkaListenerContainerFactory<String, byte[]> factory(
      KafkaProperties kafka, ContainerProperties.AckMode ackMode, Duration slowestRecord) {
    Map<String, Object> config = kafka.buildConsumerProperties();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, PollBudget.maxPollRecords(config, slowestRecord));
    var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
    factory.setConsumerFactory(
        new DefaultKafkaConsumerFactory<>(
            config, new StringDeserializer(), new ByteArrayDeserializer()));
    factory.getContainerProperties().setAckMode(ackMode);
    // Only for failing to store a retry or a dead letter (the broker away): then nothing else
    // could be done either, and the record is handled again once it can be.
    ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
    backOff.setMaxInterval(30_000);
    factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
    return factory;
  }

  @Bean
  AlertmanagerMirror alertmanagerMirror(
      KafkaProperties kafka, AlertingProperties properties, Clock clock) {
    AlertingProperties.Alertmanager alertmanager = properties.alertmanager();
    return new AlertmanagerMirror(
        kafka.buildConsumerProperties(),
        alertmanager.urls(),
        alertmanager.resendInterval(),
        alertmanager.generatorBase(),
        clock);
  }
}
