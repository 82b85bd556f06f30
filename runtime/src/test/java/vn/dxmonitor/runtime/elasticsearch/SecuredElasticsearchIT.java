package vn.dxmonitor.runtime.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchNode.User;
import vn.dxmonitor.testsupport.elasticsearch.SecuredElasticsearch;

/**
 * The platform's Elasticsearch client against a real node with security and HTTPS on, as the
 * compose deployment runs it. The platform logs in as its own user, whose role is the one the
 * compose deployment gives it ({@code docker/elasticsearch/dx-platform-role.json}), so this also
 * proves the role enough for what the services do — templates, indices, writes, reads, health — and
 * no more. A wrong password, no credentials or an untrusted certificate are each one message that
 * says what to fix. One node for the class: it costs some 30 s to make.
 */
class SecuredElasticsearchIT {

  private static final String USER = "dx_platform";
  private static final String PASSWORD = "platform-" + UUID.randomUUID();
  private static final Path ROLE = Path.of("../docker/elasticsearch/dx-platform-role.json");

  private static SecuredElasticsearch elasticsearch;

  @BeforeAll
  static void startASecuredNode() throws IOException {
    elasticsearch =
        SecuredElasticsearch.start(
            Map.of(USER, Files.readString(ROLE)), List.of(new User(USER, PASSWORD, USER)));
  }

  @AfterAll
  static void stopTheNode() throws IOException {
    if (elasticsearch != null) {
      elasticsearch.close();
    }
  }

  @Test
  void thePlatformsUserWritesAndReadsItsIndicesOverTls() throws IOException {
    ElasticsearchProperties properties = platform(PASSWORD);
    try (RestClient rest = ElasticsearchConnections.restClient(properties)) {
      ElasticsearchConnections.verifyAccess(rest, properties);
      ElasticsearchClient client = ElasticsearchConnections.client(rest);

      new IndexTemplates(client, 0).install("/elasticsearch/secured-it.json", "dx-secured-it");
      client.index(
          i ->
              i.index("dx-secured-it")
                  .id("21583|dx-e-office")
                  .document(Map.of("unit", "21583", "value", 0.75))
                  .refresh(Refresh.True));

      Map<?, ?> stored =
          client.get(g -> g.index("dx-secured-it").id("21583|dx-e-office"), Map.class).source();
      assertThat(stored).isEqualTo(Map.of("unit", "21583", "value", 0.75));
      assertThat(client.search(s -> s.index("dx-secured-it"), Map.class).hits().hits()).hasSize(1);
      assertThat(client.cluster().health().status().jsonValue()).isIn("green", "yellow");
    }
  }

  @Test
  void theRoleReachesThePlatformsIndicesAndNoOthers() throws IOException {
    try (RestClient rest = ElasticsearchConnections.restClient(platform(PASSWORD))) {
      ElasticsearchClient client = ElasticsearchConnections.client(rest);

      assertThatThrownBy(
              () -> client.index(i -> i.index("kibana-secrets").document(Map.of("a", 1))))
          .isInstanceOfSatisfying(
              ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(403))
          .hasMessageContaining("unauthorized")
          .hasMessageContaining(USER);
    }
  }

  @Test
  void aPasswordFileServesLikeThePassword(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("elastic.password");
    Files.writeString(file, elasticsearch.elasticPassword() + "\n");
    ElasticsearchProperties properties =
        new ElasticsearchProperties(
            List.of(elasticsearch.uri()),
            "",
            0,
            "elastic",
            null,
            file,
            null,
            null,
            elasticsearch.caCertificate());
    try (RestClient rest = ElasticsearchConnections.restClient(properties)) {
      ElasticsearchConnections.verifyAccess(rest, properties);
      assertThat(ElasticsearchConnections.client(rest).cluster().health().numberOfNodes())
          .isEqualTo(1);
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithA401NamingTheUser() throws IOException {
    String wrong = "not-" + PASSWORD;
    ElasticsearchProperties properties = platform(wrong);
    try (RestClient rest = ElasticsearchConnections.restClient(properties)) {
      assertThatThrownBy(() -> ElasticsearchConnections.verifyAccess(rest, properties))
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("dx.elasticsearch.password")
          .hasMessageContaining("refused user 'dx_platform'")
          .hasMessageContaining("401 unable to authenticate user [dx_platform]")
          .hasMessageNotContaining(wrong);

      // And when a request meets it later (a password changed under a running service):
      ElasticsearchClient client = ElasticsearchConnections.client(rest);
      assertThatThrownBy(() -> client.index(i -> i.index("dx-secured-it").document(Map.of())))
          .isInstanceOfSatisfying(
              ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(401))
          .hasMessageContaining("unable to authenticate user [dx_platform]");
    }
  }

  @Test
  void withoutCredentialsTheNodeAsksForThem() throws IOException {
    ElasticsearchProperties properties =
        new ElasticsearchProperties(
            List.of(elasticsearch.uri()),
            "",
            0,
            null,
            null,
            null,
            null,
            null,
            elasticsearch.caCertificate());
    try (RestClient rest = ElasticsearchConnections.restClient(properties)) {
      assertThatThrownBy(() -> ElasticsearchConnections.verifyAccess(rest, properties))
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("requires credentials")
          .hasMessageContaining("401 missing authentication credentials")
          .hasMessageContaining("set dx.elasticsearch.username and dx.elasticsearch.password");
    }
  }

  @Test
  void aNodeWhoseCaIsNotTrustedIsRefusedNamingTheProperty() throws IOException {
    ElasticsearchProperties properties =
        new ElasticsearchProperties(
            List.of(elasticsearch.uri()), "", 0, USER, PASSWORD, null, null, null, null);
    try (RestClient rest = ElasticsearchConnections.restClient(properties)) {
      assertThatThrownBy(() -> ElasticsearchConnections.verifyAccess(rest, properties))
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("dx.elasticsearch.ca-certificate")
          .hasMessageContaining("was not trusted over TLS");
    }
  }

  @Test
  void aServiceGivenTheWrongPasswordStopsAtStartNamingTheUser() {
    services()
        .withPropertyValues("dx.elasticsearch.password=not-" + PASSWORD)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                  .hasMessageContaining("refused user 'dx_platform'")
                  .hasMessageContaining("401");
            });
  }

  @Test
  void aServiceGivenTheDeploymentsSettingsStartsAndInstallsItsTemplates() {
    services()
        .withPropertyValues("dx.elasticsearch.password=" + PASSWORD)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              context
                  .getBean(IndexTemplates.class)
                  .install("/elasticsearch/secured-it.json", "dx-secured-boot");
              assertThat(
                      context
                          .getBean(ElasticsearchClient.class)
                          .indices()
                          .exists(e -> e.index("dx-secured-boot"))
                          .value())
                  .isTrue();
            });
  }

  /** A service's Elasticsearch wiring, given the settings the compose file gives it. */
  private static ApplicationContextRunner services() {
    return new ApplicationContextRunner()
        .withUserConfiguration(ElasticsearchConfiguration.class)
        .withPropertyValues(
            "dx.elasticsearch.uris=" + elasticsearch.uri(),
            "dx.elasticsearch.username=" + USER,
            "dx.elasticsearch.ca-certificate=" + elasticsearch.caCertificate());
  }

  private static ElasticsearchProperties platform(String password) {
    return new ElasticsearchProperties(
        List.of(elasticsearch.uri()),
        "",
        0,
        USER,
        password,
        null,
        null,
        null,
        elasticsearch.caCertificate());
  }
}
