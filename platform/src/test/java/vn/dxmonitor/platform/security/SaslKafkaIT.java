package vn.dxmonitor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.platform.PlatformApplication;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.testsupport.kafka.BrokerTls;
import vn.dxmonitor.testsupport.kafka.KafkaServerProcess;
import vn.dxmonitor.testsupport.kafka.KafkaServerProcess.Launch;
import vn.dxmonitor.testsupport.kafka.ScramUser;

/**
 * The whole platform on a broker that admits only a SCRAM-SHA-512 user over TLS ({@code SASL_SSL}),
 * configured as the README and {@code docs/operations.md} tell an operator to: {@code
 * spring.kafka.security.protocol}, {@code spring.kafka.properties.sasl.*} and the broker's CA as a
 * PEM trust store under {@code spring.kafka.ssl.*}. Every client — ingest's producers, the
 * processor's streams, the catalog, alerting, the dashboard's listeners — must reach it with those
 * settings for an event posted to come out as a value; a client without them is refused; and the
 * password is never written to the log.
 */
@SpringBootTest(
    classes = PlatformApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.streams.replication-factor=1")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SaslKafkaIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = "scram-secret-" + RUN;
  private static final ScramUser USER = new ScramUser("dx", PASSWORD);
  private static final String QUY_NHON = "21583";
  private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();

  private static KafkaServerProcess broker;
  private static Path adminKeyFile;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    Path target = Path.of("target");
    broker =
        KafkaServerProcess.start(
            target,
            Launch.defaults()
                .withScram(USER)
                .withTls(BrokerTls.selfSigned(target.resolve("kafka-tls-" + RUN))));
    adminKeyFile = PlatformInfrastructure.register(registry, "sasl-" + RUN);
    registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    registry.add("spring.kafka.security.protocol", () -> "SASL_SSL");
    registry.add(
        "spring.kafka.ssl.trust-store-location",
        () -> "file:" + broker.tls().certificate().toAbsolutePath());
    registry.add("spring.kafka.ssl.trust-store-type", () -> "PEM");
    registry.add("spring.kafka.properties.sasl.mechanism", () -> "SCRAM-SHA-512");
    registry.add("spring.kafka.properties.sasl.jaas.config", USER::jaasConfig);
  }

  @AfterAll
  static void stopTheBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void eventsBecomeValuesOverScramAndTlsAndTheBrokerRefusesAClientWithoutThem(CapturedOutput output)
      throws Exception {
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      events.add(event("quy-nhon-" + i, i < 3 ? 1 : 0));
    }

    JsonNode answer = api.postEvents("[" + String.join(",", events) + "]");

    assertThat(answer.get("accepted").intValue()).isEqualTo(4);
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(() -> assertThat(recordsOnline(api)).isEqualTo(75.0));
    try (Admin stranger =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2_000))) {
      assertThatThrownBy(() -> stranger.listTopics().names().get(10, TimeUnit.SECONDS))
          .as("a client that does not authenticate")
          .isInstanceOf(ExecutionException.class);
    }
    assertThat(output.getAll()).doesNotContain(PASSWORD);
  }

  private static double recordsOnline(PlatformApi api) throws Exception {
    for (JsonNode item : api.get("/api/v1/status?unit=" + QUY_NHON)) {
      if (item.get("indicator").stringValue().equals("work-records-online")) {
        return item.get("value").doubleValue();
      }
    }
    throw new AssertionError("no work-records-online value for " + QUY_NHON);
  }

  private static String event(String id, int numerator) {
    return String.format(
        "{\"eventId\":\"%s-%s\",\"unit\":\"%s\",\"indicator\":\"work-records-online\","
            + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":1}",
        RUN, id, QUY_NHON, YESTERDAY, numerator);
  }
}
