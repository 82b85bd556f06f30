package vn.dxmonitor.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.support.DashboardInfrastructure;
import vn.dxmonitor.dashboard.support.DashboardTest;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.deadletter.Letter;
import vn.dxmonitor.runtime.deadletter.LetterId;
import vn.dxmonitor.runtime.deadletter.Selection;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * A dead-letter replay and its audit entry on a real broker: they are committed in one transaction,
 * so a reader of committed records sees the replayed event on {@code dx.metric-events} and the
 * entry on {@code dx.catalog} together, and when the broker refuses the audit entry it sees
 * neither.
 */
@DashboardTest
class DeadLetterReplayAuditIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String QUY_NHON = "21583";
  private static final String ACTOR = "user:admin";
  private static final Viewer NATIONAL = new Viewer("admin", AccountRole.ADMIN, List.of(), ACTOR);
  // Smaller than an audit entry (about 320 bytes with its batch), larger than the markers that
  // commit or abort a transaction (78): the broker refuses the entry and can still end the
  // transaction it was part of.
  private static final int SMALLER_THAN_AN_AUDIT_ENTRY = 200;

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired DeadLetterWork work;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    DashboardInfrastructure.elasticsearch(registry, "dashboard-dlt-audit-" + RUN + "-");
  }

  @Test
  void aReplayAndItsAuditEntryAreCommittedTogetherOrNotAtAll() throws Exception {
    // Given a dead letter
    String letter = send("refused-audit");
    Selection it = Selection.letters(List.of(LetterId.parse(letter)));

    // When it is replayed while the broker refuses the audit entry on the catalog
    refuseCatalogRecordsOver(SMALLER_THAN_AN_AUDIT_ENTRY);
    try {
      assertThatThrownBy(() -> work.replay(NATIONAL, it)).isInstanceOf(RuntimeException.class);
    } finally {
      acceptCatalogRecordsAgain();
    }

    // Then a reader of committed records sees neither the event nor the audit entry, and the letter
    // is still there to replay
    assertThat(replaysOf(letter)).isEmpty();
    assertThat(auditEntriesOf(letter)).isEmpty();
    assertThat(work.letters(NATIONAL))
        .filteredOn(l -> l.id().toString().equals(letter))
        .singleElement()
        .extracting(Letter::replayed)
        .isEqualTo(false);

    // When it is replayed again with the catalog writable
    assertThat(work.replay(NATIONAL, it).replayed())
        .extracting(LetterId::toString)
        .containsExactly(letter);

    // Then the event went out once and its audit entry with it, under the actor's name
    assertThat(replaysOf(letter)).hasSize(1);
    List<JsonNode> audit = auditEntriesOf(letter);
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("actor").stringValue()).isEqualTo(ACTOR);
    assertThat(audit.get(0).get("action").stringValue()).isEqualTo("replay");
  }

  /** A dead letter as the processor writes it; answers its {@code partition:offset}. */
  private String send(String name) throws Exception {
    String event =
        String.format(
            "{\"eventId\":\"%s-%s\",\"unit\":\"%s\",\"indicator\":\"no-such-indicator\","
                + "\"occurredAt\":\"%s\",\"numerator\":1,\"denominator\":1}",
            RUN, name, QUY_NHON, Instant.now().minus(Duration.ofDays(1)));
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(Topics.METRIC_EVENTS_DLT.name(), QUY_NHON, event);
      record
          .headers()
          .add(
              Topics.ERROR_HEADER,
              "unknown-indicator indicator: no-such-indicator".getBytes(StandardCharsets.UTF_8))
          .add(Topics.ERROR_CODE_HEADER, "unknown-indicator".getBytes(StandardCharsets.UTF_8));
      RecordMetadata sent = producer.send(record).get();
      return sent.partition() + ":" + sent.offset();
    }
  }

  /** The committed records on {@code dx.metric-events} replayed from the letter. */
  private List<ConsumerRecord<byte[], byte[]>> replaysOf(String letter) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    TopicSnapshot.read(
        connection(),
        Topics.METRIC_EVENTS.name(),
        record -> {
          var from = record.headers().lastHeader(Topics.REPLAYED_FROM_HEADER);
          if (from != null
              && new String(from.value(), StandardCharsets.UTF_8).equals("dlt:" + letter)) {
            records.add(record);
          }
        });
    return records;
  }

  /** The committed audit entries on {@code dx.catalog} that tell of replaying the letter. */
  private List<JsonNode> auditEntriesOf(String letter) {
    JsonMapper json = JsonMapper.builder().build();
    List<JsonNode> entries = new ArrayList<>();
    TopicSnapshot.read(
        connection(),
        Topics.CATALOG.name(),
        record -> {
          String key = new String(record.key(), StandardCharsets.UTF_8);
          if (key.startsWith("audit|") && record.value() != null) {
            JsonNode entry = json.readTree(record.value());
            JsonNode replayed = entry.path("after").path("replayed");
            if (entry.path("kind").stringValue("").equals(DeadLetterWork.AUDIT_KIND)
                && replayed.isArray()
                && replayed.valueStream().anyMatch(id -> id.stringValue("").equals(letter))) {
              entries.add(entry);
            }
          }
        });
    return entries;
  }

  /**
   * Sets the catalog topic's largest record batch, and waits until the broker refuses a record in a
   * transaction that is then aborted, so that no reader ever sees the probe.
   */
  private void refuseCatalogRecordsOver(int bytes) throws Exception {
    alterCatalog(
        new AlterConfigOp(
            new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes)),
            AlterConfigOp.OpType.SET));
    await().atMost(Duration.ofSeconds(30)).until(() -> !catalogAcceptsAProbe());
  }

  private void acceptCatalogRecordsAgain() throws Exception {
    alterCatalog(
        new AlterConfigOp(
            new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""),
            AlterConfigOp.OpType.DELETE));
    await().atMost(Duration.ofSeconds(30)).until(this::catalogAcceptsAProbe);
  }

  private void alterCatalog(AlterConfigOp op) throws Exception {
    try (AdminClient admin = AdminClient.create(connection())) {
      admin
          .incrementalAlterConfigs(
              Map.of(
                  new ConfigResource(ConfigResource.Type.TOPIC, Topics.CATALOG.name()),
                  List.of(op)))
          .all()
          .get();
    }
  }

  private boolean catalogAcceptsAProbe() throws InterruptedException {
    Map<String, Object> settings =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.getBrokersAsString(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            "dx-test-probe-" + UUID.randomUUID());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      try {
        producer
            .send(new ProducerRecord<>(Topics.CATALOG.name(), "probe|" + RUN, new byte[512]))
            .get();
        return true;
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RecordTooLargeException) {
          return false;
        }
        throw new IllegalStateException("the probe failed otherwise", e.getCause());
      } finally {
        producer.abortTransaction();
      }
    }
  }

  private Map<String, Object> connection() {
    return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
  }
}
