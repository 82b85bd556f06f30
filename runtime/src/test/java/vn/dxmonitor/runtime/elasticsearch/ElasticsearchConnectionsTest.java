package vn.dxmonitor.runtime.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * What the REST client sends, seen by a stand-in HTTP server: the API key or the user's password
 * from the first request on, nothing without credentials; and how the access check reads the
 * answers. The real node with security on is {@code SecuredElasticsearchIT}'s.
 */
class ElasticsearchConnectionsTest {

  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body = "{\"username\":\"dx_platform\"}";

  @BeforeEach
  void startAStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          authorizations.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          byte[] answer = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
          if (status == 401) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "ApiKey");
          }
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void anApiKeyGoesInTheAuthorizationHeader() throws IOException {
    send(properties(null, null, "key-id:key-secret"));
    send(properties(null, null, "ZW5jb2RlZA=="));

    assertThat(authorizations)
        .containsExactly("ApiKey " + base64("key-id:key-secret"), "ApiKey ZW5jb2RlZA==");
  }

  @Test
  void aUsersPasswordGoesWithTheFirstRequest() throws IOException {
    send(properties("dx_platform", "pw-1", null));

    assertThat(authorizations).containsExactly("Basic " + base64("dx_platform:pw-1"));
  }

  @Test
  void withoutCredentialsNothingIsSent() throws IOException {
    send(properties(null, null, null));

    assertThat(authorizations).containsExactly("null");
  }

  @Test
  void theAccessCheckTurnsA401IntoOneMessageNamingTheUser() throws IOException {
    status = 401;
    body =
        "{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate user"
            + " [dx_platform] for REST request [/_security/_authenticate]\"},\"status\":401}";
    ElasticsearchProperties properties = properties("dx_platform", "wrong-pw", null);
    try (RestClient client = ElasticsearchConnections.restClient(properties)) {
      assertThatThrownBy(() -> ElasticsearchConnections.verifyAccess(client, properties))
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("dx.elasticsearch.password")
          .hasMessageContaining("refused user 'dx_platform'")
          .hasMessageContaining("401 unable to authenticate user [dx_platform]")
          .hasMessageNotContaining("wrong-pw");
    }
  }

  @Test
  void theAccessCheckPassesANodeWithoutSecurityOrNotUpYet() throws IOException {
    status = 400;
    body = "{\"error\":{\"reason\":\"Security must be explicitly enabled\"},\"status\":400}";
    ElasticsearchProperties properties = properties(null, null, null);
    try (RestClient client = ElasticsearchConnections.restClient(properties)) {
      assertThatCode(() -> ElasticsearchConnections.verifyAccess(client, properties))
          .doesNotThrowAnyException();
    }
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    ElasticsearchProperties away =
        ElasticsearchProperties.of(List.of(URI.create("http://127.0.0.1:" + closed)));
    try (RestClient client = ElasticsearchConnections.restClient(away)) {
      assertThatCode(() -> ElasticsearchConnections.verifyAccess(client, away))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aCaFileWithoutACertificateIsRefusedNamingTheField(@TempDir Path dir) throws IOException {
    Path notACertificate = Files.writeString(dir.resolve("ca.crt"), "-----BEGIN NOTHING-----\n");
    assertThatThrownBy(() -> ElasticsearchConnections.trusting(notACertificate))
        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
        .hasMessageContaining("dx.elasticsearch.ca-certificate");
  }

  private void send(ElasticsearchProperties properties) throws IOException {
    try (RestClient client = ElasticsearchConnections.restClient(properties)) {
      client.performRequest(new Request("GET", "/_cluster/health"));
    }
  }

  private ElasticsearchProperties properties(String user, String password, String apiKey) {
    return new ElasticsearchProperties(
        List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
        "",
        0,
        user,
        password,
        null,
        apiKey,
        null,
        null);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
