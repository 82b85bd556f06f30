package vn.dxmonitor.runtime.alerts;

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
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Sends an operator's action to the alerting engine that owns the alert's province, through {@code
 * dx.alert-commands}, and waits until the alert document shows it: the action's entry in the
 * history, found by who acted and when. The alerting API and the dashboard's console both act this
 * way, so an action from either is applied by the one owner of the alert.
 */
public final class AlertCommandChannel implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(100);

  private final KafkaProducer<String, byte[]> producer;
  private final Function<String, Optional<Alert>> lookup;
  private final Clock clock;
  private final Duration timeout;

  /**
   * @param producerConfig the Kafka producer's configuration; acks and idempotence are set here
   * @param lookup reads an alert as it is stored now
   */
  public AlertCommandChannel(
      Map<String, Object> producerConfig,
      Function<String, Optional<Alert>> lookup,
      Clock clock,
      Duration timeout) {
    Map<String, Object> config = new HashMap<>(producerConfig);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    this.lookup = lookup;
    this.clock = clock;
    this.timeout = timeout;
  }

  /**
   * The alert as it is once the action shows in it.
   *
   * @throws AlertCommandException when the action cannot be sent, or does not show in time
   */
  public Alert apply(Alert alert, String action, String by, String text, String assignee) {
    // Millisecond precision survives the JSON round trip, so the history entry can be matched.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AlertCommand command = new AlertCommand(alert.id(), action, by, text, assignee, at);
    try {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.ALERT_COMMANDS, alert.where().province(), JsonCodec.write(command)))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AlertCommandException(false, "interrupted while sending the action");
    } catch (ExecutionException | TimeoutException e) {
      throw new AlertCommandException(false, "the action could not be stored: " + e.getMessage());
    }
    Instant deadline = clock.instant().plus(timeout);
    while (clock.instant().isBefore(deadline)) {
      Optional<Alert> now = lookup.apply(alert.id());
      if (now.isPresent() && shows(now.get(), by, at)) {
        return now.get();
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AlertCommandException(false, "interrupted while waiting for the action to apply");
      }
    }
    throw new AlertCommandException(
        true,
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

  @Override
  public void close() {
    producer.close();
  }
}
