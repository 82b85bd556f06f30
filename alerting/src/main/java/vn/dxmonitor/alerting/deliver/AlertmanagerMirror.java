package vn.dxmonitor.alerting.deliver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Keeps an Alertmanager's list of alerts equal to our firing ones: every change of {@code
 * dx.alerts} is posted as it comes, and every firing alert again each resend interval, because
 * Alertmanager resolves an alert it stops hearing about. Silenced and pending alerts are not
 * posted; one that stops firing is posted once with its end. Each instance reads the whole topic
 * and posts everything: Alertmanager merges alerts by their labels, so two instances posting the
 * same alert make one.
 */
public final class AlertmanagerMirror implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertmanagerMirror.class);
  private static final int BATCH = 500;

  private final Map<String, Object> consumerConfig;
  private final List<URI> alertmanagers;
  private final Duration resendInterval;
  private final String generatorBase;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, Alert> firing = new LinkedHashMap<>();
  private volatile KafkaConsumer<String, byte[]> consumer;
  private volatile Thread thread;
  private volatile boolean running;

  public AlertmanagerMirror(
      Map<String, Object> consumerConfig,
      List<URI> alertmanagers,
      Duration resendInterval,
      String generatorBase,
      Clock clock) {
    this.consumerConfig = new HashMap<>(consumerConfig);
    this.alertmanagers = List.copyOf(alertmanagers);
    this.resendInterval = resendInterval;
    this.generatorBase = generatorBase;
    this.clock = clock;
  }

  @Override
  public void start() {
    if (alertmanagers.isEmpty()) {
      return;
    }
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
    running = true;
    thread = new Thread(this::run, "dx-alertmanager-mirror");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.ALERTS.name(), Duration.ofMinutes(1)).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Instant resendAt = clock.instant().plus(resendInterval);
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
        List<AlertmanagerAlert> changes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
          apply(record, changes);
        }
        post(changes);
        if (!clock.instant().isBefore(resendAt)) {
          post(firing.values().stream().map(this::asFiring).toList());
          resendAt = clock.instant().plus(resendInterval);
        }
      }
    } catch (WakeupException e) {
      // stopping
    } catch (RuntimeException e) {
      log.error("The Alertmanager mirror stopped: {}", e.getMessage(), e);
    } finally {
      consumer.close();
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record, List<AlertmanagerAlert> changes) {
    if (record.value() == null) {
      return;
    }
    Alert alert;
    try {
      alert = JsonCodec.read(record.value(), Alert.class);
    } catch (JacksonException e) {
      log.warn("Unreadable alert {} not mirrored: {}", record.key(), e.getMessage());
      return;
    }
    if (alert.state() == AlertState.FIRING && !alert.hasSilences()) {
      firing.put(alert.id(), alert);
      changes.add(asFiring(alert));
    } else if (firing.remove(alert.id()) != null) {
      Instant end =
          alert.timeline().resolvedAt() != null ? alert.timeline().resolvedAt() : clock.instant();
      changes.add(AlertmanagerAlert.of(alert, end, generatorBase));
    }
  }

  private AlertmanagerAlert asFiring(Alert alert) {
    // Alertmanager ends an alert at endsAt unless it hears of it again; give it some resends'
    // slack.
    return AlertmanagerAlert.of(
        alert, clock.instant().plus(resendInterval.multipliedBy(4)), generatorBase);
  }

  private void post(List<AlertmanagerAlert> alerts) {
    for (int from = 0; from < alerts.size(); from += BATCH) {
      byte[] body = JsonCodec.write(alerts.subList(from, Math.min(alerts.size(), from + BATCH)));
      for (URI alertmanager : alertmanagers) {
        postTo(alertmanager, body);
      }
    }
  }

  private void postTo(URI alertmanager, byte[] body) {
    URI url = alertmanager.resolve("/api/v2/alerts");
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(url)
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        log.warn("Alertmanager {} answered {}: {}", url, response.statusCode(), response.body());
      }
    } catch (IOException e) {
      // The next resend brings it up to date; Alertmanager keeps nothing we would lose.
      log.warn("Alertmanager {} unreachable: {}", url, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void stop() {
    running = false;
    KafkaConsumer<String, byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    Thread worker = thread;
    if (worker != null) {
      try {
        worker.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
