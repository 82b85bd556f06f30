package vn.dxmonitor.alerting.deliver;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
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
import vn.dxmonitor.alerting.AlertingProperties;
import vn.dxmonitor.alerting.route.AlertReceivers;
import vn.dxmonitor.model.catalog.CatalogSource;

/** The channels, the dispatcher that uses them, and the Alertmanager mirror. */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

  static final String LISTENER_FACTORY = "notificationListenerFactory";

  @Bean
  NotificationText notificationText(CatalogSource catalog) {
    return new NotificationText(catalog);
  }

  @Bean
  DeadLetters deadLetters(KafkaProperties kafka) {
    return new DeadLetters(kafka.buildProducerProperties());
  }

  @Bean
  NotificationDispatcher notificationDispatcher(
      AlertingProperties properties,
      AlertReceivers receivers,
      DeadLetters deadLetters,
      ObjectProvider<JavaMailSender> mail,
      NotificationText text,
      Clock clock,
      MeterRegistry meters) {
    AlertingProperties.Delivery delivery = properties.delivery();
    List<Channel> channels =
        List.of(
            new WebhookChannel(delivery.timeout(), clock),
            new EmailChannel(mail.getIfAvailable(), delivery.mailFrom(), text));
    return new NotificationDispatcher(
        channels,
        receivers,
        deadLetters::write,
        new Backoff(delivery.attempts(), delivery.initialBackoff(), delivery.maxBackoff()),
        clock,
        meters);
  }

  @Bean
  NotificationListener notificationListener(NotificationDispatcher dispatcher) {
    return new NotificationListener(dispatcher);
  }

  /**
   * One record at a time, committed after it is handled; read_committed, so a notification of an
   * engine transaction that was aborted is never sent.
   */
  @Bean(LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> notificationListenerFactory(
      KafkaProperties kafka) {
    Map<String, Object> config = kafka.buildConsumerProperties();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
    factory.setConsumerFactory(
        new DefaultKafkaConsumerFactory<>(
            config, new StringDeserializer(), new ByteArrayDeserializer()));
    factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
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
