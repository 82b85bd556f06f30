package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.alerting.engine.AlertTopology;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotificationKind;
import vn.dxmonitor.alerting.support.WebhookReceiver;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * A receiver that is down must not hold up everyone else's notifications: its retries wait their
 * back-off away from the consumer of {@code dx.notifications}, which goes straight on to the next
 * notification. The one that failed still arrives once the receiver is back, and one that keeps
 * failing is still dead-lettered after the last attempt. Real broker, real HTTP.
 */
@SpringBootTest(
    classes = AlertingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@DirtiesContext
@EmbeddedKafka(
    partitions = 1,
    // One broker: the transaction log the configuration's audited writes use has one replica.
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class NotificationRetryIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String SECRET = "retry-webhook-secret-" + RUN;

  /** With these, a notification that fails three times waits 2 + 4 + 4 = 10 s for its 4th try. */
  private static final int ATTEMPTS = 4;

  private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(2);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(4);

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ApiKeyRegistry keys;
  @Autowired MeterRegistry meters;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private WebhookReceiver failing;
  private WebhookReceiver healthy;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> "retry-" + RUN + "-");
    registry.add("dx.alerting.state-dir", () -> "target/retry-it-" + RUN);
    // One partition: the two receivers' notifications queue up behind each other.
    registry.add("dx.kafka.topics.partitions", () -> "1");
    registry.add("dx.alerting.delivery.allowed-webhook-hosts", () -> "127.0.0.1");
    registry.add("dx.alerting.delivery.attempts", () -> String.valueOf(ATTEMPTS));
    registry.add("dx.alerting.delivery.initial-backoff", () -> INITIAL_BACKOFF.toMillis() + "ms");
    registry.add("dx.alerting.delivery.max-backoff", () -> MAX_BACKOFF.toMillis() + "ms");
  }

  @BeforeEach
  void receivers() throws Exception {
    failing = new WebhookReceiver();
    healthy = new WebhookReceiver();
    String admin = "admin-" + RUN;
    keys.ensureAdmin(admin, "test");
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/receivers"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/yaml")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        receivers:
                          - id: failing
                            unit: "52"
                            name: Sở KH&CN Gia Lai
                            webhook: {url: "%s", secret: "%s"}
                          - id: healthy
                            unit: "21609"
                            name: UBND An Lão
                            webhook: {url: "%s", secret: "%s"}
                        """
                            .formatted(failing.uri(), SECRET, healthy.uri(), SECRET),
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    failing.close();
    healthy.close();
  }

  @Test
  void aFailingReceiverDoesNotHoldUpTheNotificationsOfOthers() {
    failing.failNext(ATTEMPTS - 1, 503);
    double retriedBefore = retried();
    String slow = "n-slow-" + RUN;
    String prompt = "n-prompt-" + RUN;

    Instant sent = Instant.now();
    send(notification(slow, "failing"), notification(prompt, "healthy"));

    // Behind a listener that waited out the back-off itself, this would take 10 s.
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(healthy.calls())
                    .extracting(WebhookReceiver.Call::notificationId)
                    .containsExactly(prompt));
    assertThat(failing.calls()).as("the failing receiver is still being retried").isEmpty();

    await()
        .atMost(Duration.ofSeconds(40))
        .untilAsserted(
            () ->
                assertThat(failing.calls())
                    .extracting(WebhookReceiver.Call::notificationId)
                    .containsExactly(slow));
    assertThat(Duration.between(sent, Instant.now()))
        .as("the back-off was waited out between the attempts")
        .isGreaterThanOrEqualTo(INITIAL_BACKOFF.plus(MAX_BACKOFF).plus(MAX_BACKOFF));
    assertThat(retried() - retriedBefore).isEqualTo(ATTEMPTS - 1);
    assertThat(deadLettered(slow)).isEmpty();
  }

  @Test
  void aReceiverThatStaysDownIsDeadLetteredAfterTheLastAttemptWhileOthersAreServed() {
    failing.failNext(1_000, 503);
    String doomed = "n-doomed-" + RUN;
    String meanwhile = "n-meanwhile-" + RUN;

    send(notification(doomed, "failing"), notification(meanwhile, "healthy"));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(healthy.calls())
                    .extracting(WebhookReceiver.Call::notificationId)
                    .containsExactly(meanwhile));
    await()
        .atMost(Duration.ofSeconds(40))
        .untilAsserted(
            () ->
                assertThat(deadLettered(doomed))
                    .singleElement()
                    .satisfies(
                        letter -> {
                          assertThat(letter.channel()).isEqualTo("webhook");
                          assertThat(letter.attempts()).isEqualTo(ATTEMPTS);
                          assertThat(letter.error()).contains("503");
                        }));
    assertThat(failing.calls()).isEmpty();
  }

  private double retried() {
    Counter counter =
        meters
            .find("dx.alerting.notifications")
            .tags("channel", "webhook", "outcome", "retried")
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private void send(Notification... notifications) {
    try (var producer =
        new KafkaProducer<>(
            KafkaTestUtils.producerProps(broker),
            new StringSerializer(),
            new ByteArraySerializer())) {
      for (Notification notification : notifications) {
        producer.send(
            new ProducerRecord<>(
                AlertTopology.NOTIFICATIONS_TOPIC,
                notification.receiver(),
                JsonCodec.write(notification)));
      }
      producer.flush();
    }
  }

  private List<DeadLetter> deadLettered(String notificationId) {
    List<DeadLetter> letters = new ArrayList<>();
    TopicSnapshot.read(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        DeadLetters.TOPIC,
        record -> {
          DeadLetter letter = JsonCodec.read(record.value(), DeadLetter.class);
          if (letter.notificationId().equals(notificationId)) {
            letters.add(letter);
          }
        });
    return letters;
  }

  private static Notification notification(String id, String receiver) {
    return new Notification(
        id,
        NotificationKind.ALERTS,
        receiver,
        "52",
        "52",
        "work-records-online",
        Instant.now(),
        List.of(),
        List.of(),
        0,
        0);
  }
}
