package vn.dxmonitor.alerting.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dxmonitor.alerting.AlertingProperties;
import vn.dxmonitor.alerting.engine.AlertCommand;
import vn.dxmonitor.alerting.engine.AlertTopology;
import vn.dxmonitor.alerting.store.AlertStore;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Sends an operator's action to the engine that owns the alert's province, and waits until the
 * alert document shows it: the action's entry in the history, found by who acted and when.
 */
@Component
public class AlertCommands implements DisposableBean {

  private static final Duration POLL = Duration.ofMillis(100);

  private final KafkaProducer<String, byte[]> producer;
  private final AlertStore store;
  private final Clock clock;
  private final Duration timeout;

  public AlertCommands(
      KafkaProperties kafka, AlertStore store, Clock clock, AlertingProperties properties) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    this.store = store;
    this.clock = clock;
    this.timeout = properties.commandTimeout();
  }

  /** The alert as it is once the action shows in it. */
  public Alert apply(Alert alert, String action, String by, String text, String assignee) {
    // Millisecond precision survives the JSON round trip, so the history entry can be matched.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AlertCommand command = new AlertCommand(alert.id(), action, by, text, assignee, at);
    try {
      producer
          .send(
              new ProducerRecord<>(
                  AlertTopology.COMMANDS_TOPIC, alert.province(), JsonCodec.write(command)))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted while sending the action");
    } catch (ExecutionException | TimeoutException e) {
      throw unavailable("the action could not be stored: " + e.getMessage());
    }
    Instant deadline = clock.instant().plus(timeout);
    while (clock.instant().isBefore(deadline)) {
      Optional<Alert> now = store.find(alert.id());
      if (now.isPresent() && shows(now.get(), by, at)) {
        return now.get();
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable("interrupted while waiting for the action to apply");
      }
    }
    throw new AlertingApiException(
        HttpStatus.GATEWAY_TIMEOUT,
        "not-yet-applied",
        null,
        "the action was stored but did not show in the alert within "
            + timeout
            + "; it will apply unless the alert changed state meanwhile");
  }

  private static boolean shows(Alert alert, String by, Instant at) {
    for (AlertChange change : alert.history()) {
      if (by.equals(change.by()) && at.equals(change.at())) {
        return true;
      }
    }
    return false;
  }

  private static AlertingApiException unavailable(String message) {
    return new AlertingApiException(
        HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", null, message);
  }

  @Override
  public void destroy() {
    producer.close();
  }
}
