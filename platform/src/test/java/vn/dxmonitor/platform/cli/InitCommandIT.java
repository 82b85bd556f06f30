package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * The deployment's init step against a real broker and node: every topic with the partitions it is
 * told, every index template with the replicas it is told, the administrator's secrets made once;
 * and a non-zero exit when the broker is not there.
 */
@EmbeddedKafka(
    partitions = 1,
    // One broker: the transaction log the bootstrap key's audited write uses has one replica.
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class InitCommandIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path secrets;

  @Test
  void createsEveryTopicTemplateAndSecretTheServicesUse(EmbeddedKafkaBroker broker)
      throws Exception {
    String prefix = "init-" + RUN + "-";
    Path key = secrets.resolve("admin.key");
    Path password = secrets.resolve("admin.password");

    init(
        broker,
        prefix,
        "--dx.keys.admin-key-file=" + key,
        "--dx.security.admin-password-file=" + password);

    try (AdminClient admin =
        AdminClient.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      List<String> names =
          List.of(
              "dx.metric-events",
              "dx.metric-events.dlt",
              "dx.metric-events.dlt-replays",
              "dx.revisions",
              "dx.indicator-values",
              "dx.indicator-history",
              "dx.alerts",
              "dx.ingest.accepted-ids",
              "dx.alert-commands",
              "dx.notifications",
              "dx.notifications.retry",
              "dx.notifications.dead-letter");
      Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
      names.forEach(name -> assertThat(topics.get(name).partitions()).as(name).hasSize(4));
      assertThat(
              admin
                  .describeTopics(List.of("dx.catalog"))
                  .allTopicNames()
                  .get()
                  .get("dx.catalog")
                  .partitions())
          .as("the catalog stays on one partition, in order")
          .hasSize(1);
      assertThat(
              admin
                  .describeTopics(List.of("dx.recoveries"))
                  .allTopicNames()
                  .get()
                  .get("dx.recoveries")
                  .partitions())
          .as("the recoveries journal is one small partition, read whole by the console")
          .hasSize(1);
    }

    for (String template :
        List.of("dx-indicators", "dx-indicator-history", "dx-revisions", "dx-alerts")) {
      JsonNode answer = get("/_index_template/" + prefix + template);
      assertThat(
              answer
                  .path("index_templates")
                  .get(0)
                  .path("index_template")
                  .path("template")
                  .path("settings")
                  .path("index")
                  .path("number_of_replicas")
                  .asText())
          .as(template + " replicas")
          .isEqualTo("2");
    }
    assertThat(get("/" + prefix + "dx-indicators/_settings").toString())
        .as("the values index exists")
        .contains("\"number_of_replicas\":\"2\"");

    String madeKey = Files.readString(key).strip();
    assertThat(madeKey).hasSizeGreaterThan(20);
    assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");

    // Run again (a restarted init container): nothing changes, the secrets stay
    init(broker, prefix, "--dx.keys.admin-key-file=" + key);
    assertThat(Files.readString(key).strip()).isEqualTo(madeKey);
  }

  @Test
  void failsWhenNoBrokerAnswers() {
    assertThatThrownBy(
            () ->
                InitCommand.main(
                    new String[] {
                      "--spring.kafka.bootstrap-servers=127.0.0.1:1",
                      "--spring.kafka.admin.operation-timeout=3s",
                      "--spring.kafka.admin.properties.default.api.timeout.ms=3000",
                      "--spring.kafka.admin.properties.request.timeout.ms=2000",
                      "--dx.elasticsearch.uris=" + SharedElasticsearch.uri(),
                      "--dx.elasticsearch.index-prefix=init-" + RUN + "-nobroker-"
                    }))
        .isInstanceOf(RuntimeException.class);
  }

  /** The init step with 4 partitions and 2 replicas under the prefix, and the other arguments. */
  private static void init(EmbeddedKafkaBroker broker, String prefix, String... more)
      throws Exception {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--dx.kafka.topics.partitions=4",
                "--dx.kafka.topics.replication-factor=1",
                "--dx.elasticsearch.uris=" + SharedElasticsearch.uri(),
                "--dx.elasticsearch.index-prefix=" + prefix,
                "--dx.elasticsearch.replicas=2"));
    arguments.addAll(List.of(more));
    InitCommand.main(arguments.toArray(String[]::new));
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(SharedElasticsearch.uri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
