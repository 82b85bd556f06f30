package vn.dxmonitor.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * The platform's HTTP API as a test drives it: changes with the administrator key of {@code
 * dx.keys.admin-key-file}, events with a source key made through {@code POST /api/v1/keys}.
 */
public final class PlatformApi {

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final Path adminKeyFile;
  private String sourceKey;

  public PlatformApi(int port, Path adminKeyFile) {
    this.port = port;
    this.adminKeyFile = adminKeyFile;
  }

  /** A file for {@code dx.keys.admin-key-file}; the platform writes a new key into it. */
  public static Path newAdminKeyFile() throws IOException {
    Path dir = Files.createTempDirectory("dx-admin-key");
    return dir.resolve("admin.key");
  }

  /** Where the platform keeps the password of the account {@code admin}, beside the key. */
  public static Path adminPasswordFile(Path adminKeyFile) {
    return adminKeyFile.resolveSibling("admin.password");
  }

  public JsonNode get(String path) throws Exception {
    HttpResponse<String> response = send("GET", path, null, null);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JsonCodec.mapper().readTree(response.body());
  }

  /** A request with the administrator key; {@code body} null for none. */
  public HttpResponse<String> send(String method, String path, String type, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + adminKey());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", type)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts events with a source key for the whole of Gia Lai (52) and expects a 202. */
  public JsonNode postEvents(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
            .header("Authorization", "Bearer " + sourceKey())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JsonCodec.mapper().readTree(response.body());
  }

  /** Posts a body of any type to an ingest path with the source key, whatever it answers. */
  public HttpResponse<String> postAsSource(String path, String type, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + sourceKey())
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String adminKey() throws IOException {
    return Files.readString(adminKeyFile).strip();
  }

  private synchronized String sourceKey() throws Exception {
    if (sourceKey == null) {
      HttpResponse<String> created =
          send(
              "POST",
              "/api/v1/keys",
              "application/json",
              "{\"source\": \"e-office\", \"units\": [\"52\"]}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      sourceKey = JsonCodec.mapper().readTree(created.body()).get("key").stringValue();
    }
    return sourceKey;
  }
}
