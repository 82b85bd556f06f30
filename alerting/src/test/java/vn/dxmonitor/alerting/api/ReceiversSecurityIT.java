package vn.dxmonitor.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.alerting.AlertingApplication;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/**
 * The receivers hold the webhooks' secrets and addresses: issue 25's findings about them, through
 * the real API on a real broker. The audit trail says a secret changed but never holds it; a
 * webhook may not point at the platform's own network; only an administrator of the whole country
 * reads the receivers, and then without their secrets.
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
@ExtendWith(OutputCaptureExtension.class)
class ReceiversSecurityIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String FIRST_SECRET = "first-webhook-secret-" + RUN;
  private static final String SECOND_SECRET = "second-webhook-secret-" + RUN;
  private static final String KEPT_SECRET = "kept-webhook-secret-" + RUN;

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired ApiKeyRegistry keys;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> "receivers-" + RUN + "-");
    registry.add("dx.alerting.state-dir", () -> "target/receivers-it-" + RUN);
    registry.add("dx.alerting.delivery.allowed-webhook-hosts", () -> "127.0.0.1");
    // Small enough that the refused body is sent and swallowed quickly, large enough for the rest.
    registry.add("dx.web.max-body", () -> "64KB");
  }

  @Test
  void theAuditTrailSaysWhetherAWebhookSecretChangedButNeverHoldsIt(CapturedOutput output)
      throws Exception {
    String admin = nationalAdmin();
    int earlier = auditOf("alert-receivers").size();

    HttpResponse<String> first =
        put(admin, receivers(FIRST_SECRET, KEPT_SECRET, "Sở KH&CN Gia Lai"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    // The second document changes one secret, keeps the other by writing back what a read shows.
    HttpResponse<String> second =
        put(admin, receivers(SECOND_SECRET, "******", "Sở KH&CN Gia Lai — trực"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);

    List<String> all = auditOf("alert-receivers");
    assertThat(all).hasSize(earlier + 2);
    List<String> audit = all.subList(earlier, earlier + 2);
    assertThat(String.join("\n", audit))
        .doesNotContain(FIRST_SECRET)
        .doesNotContain(SECOND_SECRET)
        .doesNotContain(KEPT_SECRET);
    JsonNode created = JsonCodec.mapper().readTree(audit.get(0)).get("after").get("receivers");
    assertThat(secretOf(created, "so-khcn-gia-lai")).isEqualTo("new");
    assertThat(secretOf(created, "ubnd-an-lao")).isEqualTo("new");
    JsonNode replaced = JsonCodec.mapper().readTree(audit.get(1)).get("after").get("receivers");
    assertThat(secretOf(replaced, "so-khcn-gia-lai")).isEqualTo("changed");
    assertThat(secretOf(replaced, "ubnd-an-lao")).isEqualTo("unchanged");
    assertThat(output.getAll())
        .doesNotContain(FIRST_SECRET)
        .doesNotContain(SECOND_SECRET)
        .doesNotContain(KEPT_SECRET);
  }

  @Test
  void webhooksToInternalAddressesAreRefusedNamingTheFieldAndTheReason() throws Exception {
    String admin = nationalAdmin();
    List<String> internal =
        List.of(
            "http://localhost:8080/hook",
            "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.1.2.3/hook",
            "http://172.16.5.4/hook",
            "https://192.168.1.10/hook",
            "http://[fd12:3456::1]/hook",
            "http://0.0.0.0/hook",
            "http://224.0.0.1/hook",
            "http://2130706433/hook");
    StringBuilder document = new StringBuilder("receivers:\n");
    for (int i = 0; i < internal.size(); i++) {
      document.append(receiver("r-" + i, "52", internal.get(i), FIRST_SECRET));
    }
    document.append(receiver("scheme", "52", "ftp://203.0.113.7/hook", FIRST_SECRET));

    HttpResponse<String> refused = put(admin, document.toString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode fields = JsonCodec.mapper().readTree(refused.body()).get("fields");
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < internal.size(); i++) {
      JsonNode reason = fields.get("receivers[" + i + "].webhook.url");
      assertThat(reason).as("the problem of %s", internal.get(i)).isNotNull();
      reasons.add(reason.stringValue());
    }
    assertThat(reasons.get(0)).contains("loopback");
    assertThat(reasons.get(1)).contains("loopback");
    assertThat(reasons.get(2)).contains("link-local");
    assertThat(reasons.get(3)).contains("private");
    assertThat(reasons.get(4)).contains("private");
    assertThat(reasons.get(5)).contains("private");
    assertThat(reasons.get(6)).contains("private");
    assertThat(reasons.get(7)).contains("unspecified");
    assertThat(reasons.get(8)).contains("multicast");
    assertThat(reasons.get(9)).contains("loopback");
    assertThat(reasons).allSatisfy(reason -> assertThat(reason).contains("allowed-webhook-hosts"));
    assertThat(fields.get("receivers[" + internal.size() + "].webhook.url").stringValue())
        .contains("http or https");

    HttpResponse<String> accepted =
        put(
            admin,
            "receivers:\n"
                + receiver("allowed", "52", "http://127.0.0.1:9/hook", FIRST_SECRET)
                + receiver("public", "21609", "https://203.0.113.7/hook", FIRST_SECRET));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
  }

  @Test
  void aBodyBeyondTheLimitIsRefusedUnreadWithAProblemNamingIt() throws Exception {
    // dx.web.max-body is 64KB here; the document is a comment one byte longer.
    String tooLong = "#" + "x".repeat(64 * 1024);

    HttpResponse<String> refused = put(nationalAdmin(), tooLong);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("\"code\":\"body-too-large\"", "\"maxBytes\":65536");
  }

  @Test
  void noAccountButTheKeysExistsNorIsAPasswordLogged(CapturedOutput output) throws Exception {
    HttpResponse<String> basic =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/receivers"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString("user:user".getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(output.getAll()).doesNotContain("generated security password");
  }

  @Test
  void onlyANationalAdministratorReadsTheReceivers() throws Exception {
    String admin = nationalAdmin();
    assertThat(put(admin, receivers(FIRST_SECRET, KEPT_SECRET, "Sở KH&CN Gia Lai")).statusCode())
        .isEqualTo(200);
    String operator =
        keys.create(
                new KeyRequest("ops-" + RUN, KeyRole.OPERATOR, List.of("52"), List.of()), "test")
            .key();
    String provincialAdmin =
        keys.create(
                new KeyRequest("admin-52-" + RUN, KeyRole.ADMIN, List.of("52"), List.of()), "test")
            .key();

    for (String key : List.of(operator, provincialAdmin)) {
      HttpResponse<String> refused = get(key);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(JsonCodec.mapper().readTree(refused.body()).get("code").stringValue())
          .isEqualTo("national-admin-key-required");
      assertThat(refused.body()).doesNotContain("127.0.0.1:9");
    }
    HttpResponse<String> read = get(admin);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .contains("so-khcn-gia-lai", "******")
        .doesNotContain(FIRST_SECRET)
        .doesNotContain(KEPT_SECRET);
  }

  private String nationalAdmin() {
    String admin = "admin-" + RUN;
    keys.ensureAdmin(admin, "test");
    return admin;
  }

  private static String receivers(String giaLaiSecret, String anLaoSecret, String giaLaiName) {
    return "receivers:\n"
        + receiver("so-khcn-gia-lai", "52", "http://127.0.0.1:9/hooks.example", giaLaiSecret)
            .replace("name: x", "name: " + giaLaiName)
        + receiver("ubnd-an-lao", "21609", "http://127.0.0.1:9/hooks.example", anLaoSecret);
  }

  private static String receiver(String id, String unit, String url, String secret) {
    return """
          - id: %s
            unit: "%s"
            name: x
            webhook: {url: "%s", secret: "%s"}
        """
        .formatted(id, unit, url, secret);
  }

  private static String secretOf(JsonNode receivers, String id) {
    for (JsonNode receiver : receivers) {
      if (receiver.get("id").stringValue().equals(id)) {
        return receiver.get("webhook").get("secret").stringValue();
      }
    }
    throw new AssertionError("no receiver " + id + " in " + receivers);
  }

  /** The audit entries of a kind on {@code dx.catalog}, oldest first, as their JSON. */
  private List<String> auditOf(String kind) {
    List<String> entries = new ArrayList<>();
    TopicSnapshot.read(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        Topics.CATALOG.name(),
        record -> {
          String key = new String(record.key(), StandardCharsets.UTF_8);
          if (key.startsWith("audit|") && record.value() != null) {
            String json = new String(record.value(), StandardCharsets.UTF_8);
            if (kind.equals(JsonCodec.mapper().readTree(json).get("kind").stringValue())) {
              entries.add(json);
            }
          }
        });
    return entries;
  }

  private HttpResponse<String> get(String key) throws Exception {
    return http.send(
        request(key).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> put(String key, String yaml) throws Exception {
    return http.send(
        request(key)
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String key) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/receivers"))
        .header("Authorization", "Bearer " + key);
  }
}
