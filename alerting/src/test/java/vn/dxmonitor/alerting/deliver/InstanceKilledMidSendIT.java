package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.alerting.engine.AlertTopology;
import vn.dxmonitor.alerting.engine.ProvincePartitions;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.notify.NotifiedAlert;
import vn.dxmonitor.alerting.support.Values;
import vn.dxmonitor.alerting.support.WebhookReceiver;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;
import vn.dxmonitor.testsupport.process.ApplicationProcess;

/**
 * High availability, the hard way. Two alerting instances, each a JVM of its own, share the engine
 * and the delivery through Kafka's partitions; every commune of the province has a receiver, so the
 * notifications spread over the partitions of {@code dx.notifications}. In the middle of a burst of
 * alerts firing and resolving, the webhook holds the calls it accepts until both instances are in
 * the middle of a send; then the instance that runs the province's engine is killed with SIGKILL.
 * The survivor takes over the province and the dead one's notifications. Afterwards every
 * notification the engine committed has reached the webhook, nothing else has, the engine committed
 * each notification once, and the only notification that may arrive twice is the one the killed
 * instance had in hand, with the same id.
 */
@EmbeddedKafka(
    partitions = InstanceKilledMidSendIT.PARTITIONS,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class InstanceKilledMidSendIT {

  static final int PARTITIONS = 6;
  private static final String INDICATOR = "work-records-online";
  private static final Duration PHASE = Duration.ofSeconds(4);
  private static final Duration BURST_BEFORE_KILL = Duration.ofSeconds(16);
  private static final Duration BURST_AFTER_KILL = Duration.ofSeconds(24);
  private static final Set<String> STATE_ACTIONS = Set.of("pending", "firing", "resolved");
  private static final Map<String, Set<String>> NEXT_ACTIONS =
      Map.of(
          "", Set.of("pending"),
          "pending", Set.of("firing", "resolved"),
          "firing", Set.of("resolved"),
          "resolved", Set.of("pending"));

  private final String run = "ha-" + UUID.randomUUID().toString().substring(0, 8);
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void killingTheInstanceThatIsSendingLosesNothingAndRepeatsAtMostTheNotificationInItsHand(
      EmbeddedKafkaBroker broker) throws Exception {
    Path work = Files.createDirectories(Path.of("target", run));
    String adminKey = "admin-" + run;
    Path adminKeyFile = work.resolve("admin.key");
    Files.writeString(adminKeyFile, adminKey + "\n");
    List<Unit> communes =
        BuiltInUnits.giaLai().all().stream()
            .filter(unit -> unit.level() == UnitLevel.COMMUNE)
            .toList();

    try (WebhookReceiver webhook = new WebhookReceiver();
        Instance first = new Instance("alerting-a", broker, work, adminKeyFile);
        Instance second = new Instance("alerting-b", broker, work, adminKeyFile);
        Admin admin = Admin.create(kafka(broker))) {
      first.process.start();
      second.process.start();
      awaitApi(first, adminKey);
      awaitApi(second, adminKey);
      configure(first, adminKey, webhook, communes);
      awaitMembers(admin, run, first, second);
      awaitMembers(admin, "dx-notifier", first, second);

      Burst burst = new Burst(broker, communes);
      Thread bursting = new Thread(burst, "burst");
      bursting.start();
      sleepAlive(BURST_BEFORE_KILL, first, second);

      Instance engine = engineOwner(admin, first, second);
      Instance survivor = engine == first ? second : first;
      webhook.hold();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> webhook.held().size() >= 2 || !engine.process.isAlive());
      List<String> inHand = webhook.held();
      // Each instance sends one notification at a time (and no retry is due: nothing fails here),
      // so two calls held at once are one from each: the instance about to die is in the middle
      // of a send.
      assertThat(inHand).as("the calls held when the engine's instance is killed").hasSize(2);
      assertThat(inHand).doesNotHaveDuplicates();
      engine.process.kill();
      Instant killedAt = Instant.now();
      webhook.release();
      sleepAlive(BURST_AFTER_KILL, survivor);
      burst.stop();
      bursting.join();
      assertThat(burst.failure()).as("the burst's sends").isNull();

      Map<String, Object> kafka = kafka(broker);
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () -> {
                assertThat(survivor.process.isAlive()).as("the survivor runs").isTrue();
                assertThat(distinctIds(webhook))
                    .isEqualTo(ids(committed(kafka, AlertTopology.NOTIFICATIONS_TOPIC)));
              });

      List<Notification> committed =
          committed(kafka, AlertTopology.NOTIFICATIONS_TOPIC).stream()
              .map(record -> JsonCodec.read(record.value(), Notification.class))
              .toList();
      assertThat(committed).extracting(Notification::id).doesNotHaveDuplicates();
      assertThat(committed)
          .as("notifications the survivor's engine decided after the kill")
          .anySatisfy(notification -> assertThat(notification.at()).isAfter(killedAt));
      assertThat(committed).hasSizeGreaterThan(communes.size() * 2);
      assertEachEpisodeToldOnce(committed);

      List<WebhookReceiver.Call> calls = webhook.calls();
      Map<String, List<WebhookReceiver.Call>> byId =
          calls.stream().collect(Collectors.groupingBy(WebhookReceiver.Call::notificationId));
      Map<String, List<WebhookReceiver.Call>> twice = new TreeMap<>();
      byId.forEach(
          (id, same) -> {
            if (same.size() > 1) {
              twice.put(id, same);
            }
          });
      assertThat(twice.keySet()).as("notifications delivered twice").hasSizeLessThanOrEqualTo(1);
      assertThat(inHand).containsAll(twice.keySet());
      twice
          .values()
          .forEach(
              same ->
                  assertThat(same)
                      .extracting(call -> new String(call.body(), StandardCharsets.UTF_8))
                      .containsOnly(new String(same.get(0).body(), StandardCharsets.UTF_8)));

      Map<String, Alert> alerts = latestAlerts(kafka);
      assertThat(alerts).hasSizeGreaterThanOrEqualTo(communes.size());
      alerts.values().forEach(InstanceKilledMidSendIT::assertTransitionsFollowTheMachine);

      System.out.printf(
          "HA: %d notifications committed, %d webhook calls, %d delivered twice %s;"
              + " %d alerts; killed %s while it sent %s%n",
          committed.size(),
          calls.size(),
          twice.size(),
          twice.keySet(),
          alerts.size(),
          engine.name,
          inHand);
    }
  }

  /** A receiver hears of each episode of an alert firing, and of it resolving, at most once. */
  private static void assertEachEpisodeToldOnce(List<Notification> committed) {
    Map<String, String> toldIn = new HashMap<>();
    for (Notification notification : committed) {
      for (NotifiedAlert alert : notification.firing()) {
        tellOnce(toldIn, notification, alert, "firing");
      }
      for (NotifiedAlert alert : notification.resolved()) {
        tellOnce(toldIn, notification, alert, "resolved");
      }
    }
  }

  private static void tellOnce(
      Map<String, String> toldIn, Notification notification, NotifiedAlert alert, String as) {
    String what =
        String.join(
            "|",
            notification.kind().name(),
            notification.receiver(),
            alert.id(),
            String.valueOf(alert.episode()),
            as);
    String before = toldIn.putIfAbsent(what, notification.id());
    assertThat(before).as("an earlier notification telling %s", what).isNull();
  }

  private static void assertTransitionsFollowTheMachine(Alert alert) {
    String previous = "";
    for (AlertChange change : alert.history()) {
      if (!STATE_ACTIONS.contains(change.action())) {
        continue;
      }
      assertThat(NEXT_ACTIONS.get(previous))
          .as("%s: %s after %s in %s", alert.id(), change.action(), previous, alert.history())
          .contains(change.action());
      previous = change.action();
    }
    assertThat(alert.history()).doesNotHaveDuplicates();
  }

  private void configure(
      Instance instance, String adminKey, WebhookReceiver webhook, List<Unit> communes)
      throws Exception {
    HttpResponse<String> rules =
        put(
            instance,
            "/api/v1/rules",
            adminKey,
            """
            rules:
              - rule: behind-trajectory
                pendingFor: PT1S
                resolveFor: PT1S
              - {rule: projected-miss, enabled: false}
              - {rule: unreachable, enabled: false}
              - {rule: regression, enabled: false}
              - {rule: missed, enabled: false}
              - {rule: no-data, enabled: false}
            """);
    assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
    StringBuilder receivers =
        new StringBuilder(
            "routing: {groupWait: PT1S, groupInterval: PT1S, repeatInterval: PT1H,"
                + " escalateAfter: PT1H}\nreceivers:\n");
    for (Unit commune : communes) {
      receivers.append(
          """
            - id: xa-%s
              unit: "%s"
              name: UBND %s
              webhook: {url: "%s", secret: "secret-%s"}
          """
              .formatted(commune.code(), commune.code(), commune.name(), webhook.uri(), run));
    }
    HttpResponse<String> answer =
        put(instance, "/api/v1/receivers", adminKey, receivers.toString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /**
   * The instance whose engine task holds the partition the province's inputs go to; finding one
   * also shows that {@link ProvincePartitions} agrees with Kafka.
   */
  private Instance engineOwner(Admin admin, Instance... instances) throws Exception {
    int partition = ProvincePartitions.partitionOf(BuiltInUnits.GIA_LAI, PARTITIONS);
    TopicPartition province = new TopicPartition(AlertTopology.COMMANDS_TOPIC, partition);
    for (MemberDescription member : describe(admin, run).members()) {
      if (member.assignment().topicPartitions().contains(province)) {
        for (Instance instance : instances) {
          if (member.clientId().startsWith(instance.name)) {
            return instance;
          }
        }
      }
    }
    throw new AssertionError("no instance owns " + province + ": " + describe(admin, run));
  }

  /** Waits until both instances are members of the group and each has partitions. */
  private static void awaitMembers(Admin admin, String group, Instance... instances) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              for (Instance instance : instances) {
                assertThat(instance.process.isAlive())
                    .as(instance.name + " runs:\n" + instance.process.logTail(30))
                    .isTrue();
              }
              ConsumerGroupDescription description = describe(admin, group);
              for (Instance instance : instances) {
                assertThat(description.members())
                    .as("%s in %s", instance.name, group)
                    .anySatisfy(
                        member -> {
                          assertThat(member.clientId()).startsWith(instance.name);
                          assertThat(member.assignment().topicPartitions()).isNotEmpty();
                        });
              }
            });
  }

  private static ConsumerGroupDescription describe(Admin admin, String group) throws Exception {
    return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
  }

  private void awaitApi(Instance instance, String adminKey) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            () -> {
              if (!instance.process.isAlive()) {
                fail(instance.name + " exited:\n" + instance.process.logTail(40));
              }
              return http.send(
                          request(instance, "/api/v1/rules", adminKey).GET().build(),
                          HttpResponse.BodyHandlers.ofString())
                      .statusCode()
                  == 200;
            });
  }

  private HttpResponse<String> put(Instance instance, String path, String key, String yaml)
      throws Exception {
    return http.send(
        request(instance, path, key)
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(Instance instance, String path, String key) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port + path))
        .header("Authorization", "Bearer " + key);
  }

  private static Set<String> distinctIds(WebhookReceiver webhook) {
    return webhook.calls().stream()
        .map(WebhookReceiver.Call::notificationId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> ids(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream()
        .map(record -> JsonCodec.read(record.value(), Notification.class).id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The latest committed version of every alert on {@code dx.alerts}. */
  private static Map<String, Alert> latestAlerts(Map<String, Object> kafka) {
    Map<String, Alert> latest = new LinkedHashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : committed(kafka, Topics.ALERTS.name())) {
      if (record.value() != null) {
        Alert alert = JsonCodec.read(record.value(), Alert.class);
        latest.put(alert.id(), alert);
      }
    }
    return latest;
  }

  /** Every record of a topic that belongs to a committed transaction, up to its end. */
  private static List<ConsumerRecord<byte[], byte[]>> committed(
      Map<String, Object> kafka, String topic) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    TopicSnapshot.read(kafka, topic, records::add);
    return records;
  }

  private static Map<String, Object> kafka(EmbeddedKafkaBroker broker) {
    return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
  }

  private static void sleepAlive(Duration duration, Instance... instances) throws Exception {
    long until = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < until) {
      for (Instance instance : instances) {
        if (!instance.process.isAlive()) {
          fail(instance.name + " exited by itself:\n" + instance.process.logTail(40));
        }
      }
      Thread.sleep(250);
    }
  }

  /** One alerting JVM, on a port of its own, with state of its own. */
  private final class Instance implements AutoCloseable {

    final String name;
    final int port;
    final ApplicationProcess process;

    Instance(String name, EmbeddedKafkaBroker broker, Path work, Path adminKeyFile)
        throws IOException {
      this.name = name;
      this.port = freePort();
      this.process =
          new ApplicationProcess(
              AlertingApplication.class,
              List.of(
                  "--server.port=" + port,
                  "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                  "--spring.kafka.client-id=" + name,
                  // A killed member is noticed in seconds, not the default 45 s.
                  "--spring.kafka.properties.session.timeout.ms=6000",
                  "--spring.kafka.properties.heartbeat.interval.ms=1500",
                  "--dx.kafka.topics.partitions=" + PARTITIONS,
                  "--dx.keys.admin-key-file=" + adminKeyFile.toAbsolutePath(),
                  "--dx.alerting.application-id=" + run,
                  "--dx.alerting.state-dir=" + work.resolve(name + "-state").toAbsolutePath(),
                  "--dx.alerting.delivery.initial-backoff=200ms",
                  "--dx.alerting.delivery.allowed-webhook-hosts=127.0.0.1",
                  "--dx.elasticsearch.uris=" + SharedElasticsearch.uri(),
                  "--dx.elasticsearch.index-prefix=" + run + "-"),
              work.resolve(name + ".log"));
    }

    @Override
    public void close() throws InterruptedException {
      process.close();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Every commune of the province behind its trajectory, then back on track, phase after phase,
   * until stopped: each phase fires or resolves an alert per commune.
   */
  private static final class Burst implements Runnable {

    private final EmbeddedKafkaBroker broker;
    private final List<Unit> communes;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile Exception failure;

    Burst(EmbeddedKafkaBroker broker, List<Unit> communes) {
      this.broker = broker;
      this.communes = communes;
    }

    @Override
    public void run() {
      try (KafkaProducer<String, IndicatorValue> producer =
          new KafkaProducer<>(
              KafkaTestUtils.producerProps(broker),
              new StringSerializer(),
              Topics.INDICATOR_VALUES.valueSerde().serializer())) {
        boolean behind = true;
        while (running.get()) {
          double value = behind ? 20.0 : 95.0;
          for (Unit commune : communes) {
            IndicatorValue indicatorValue =
                Values.ratio(commune.code(), commune.parentCode(), INDICATOR, value, Instant.now());
            producer
                .send(
                    new ProducerRecord<>(
                        Topics.INDICATOR_VALUES.name(), indicatorValue.key(), indicatorValue))
                .get();
          }
          behind = !behind;
          Thread.sleep(PHASE.toMillis());
        }
      } catch (Exception e) {
        failure = e;
      }
    }

    void stop() {
      running.set(false);
    }

    Exception failure() {
      return failure;
    }
  }
}
