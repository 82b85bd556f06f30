package vn.dxmonitor.dashboard.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Requests to the running dashboard, as an API client would send them: with the test context's
 * administrator key unless the request names its own {@code Authorization}, or the client is
 * anonymous.
 */
public final class Http {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final boolean anonymous;
  private final String key;

  /** A client with the administrator key of the whole country. */
  public Http(int port) {
    this(port, false, TestCredentials.adminKey());
  }

  private Http(int port, boolean anonymous, String key) {
    this.base = "http://127.0.0.1:" + port;
    this.anonymous = anonymous;
    this.key = key;
  }

  /** A client that sends no credentials. */
  public static Http anonymous(int port) {
    return new Http(port, true, null);
  }

  /** A client that sends this key. */
  public static Http withKey(int port, String key) {
    return new Http(port, false, key);
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /**
   * @param headers name, value, name, value…
   */
  public HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
    return send(request, headers);
  }

  /**
   * @param headers name, value, name, value…
   */
  public HttpResponse<String> post(String path, String type, String body, String... headers)
      throws IOException, InterruptedException {
    return send(withBody("POST", path, type, body), headers);
  }

  /** Posts bytes as they are, such as a spreadsheet. */
  public HttpResponse<String> postBytes(String path, String type, byte[] body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * @param headers name, value, name, value…
   */
  public HttpResponse<String> put(String path, String type, String body, String... headers)
      throws IOException, InterruptedException {
    return send(withBody("PUT", path, type, body), headers);
  }

  /**
   * @param headers name, value, name, value…
   */
  public HttpResponse<String> delete(String path, String... headers)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).DELETE(), headers);
  }

  private HttpRequest.Builder withBody(String method, String path, String type, String body) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", type)
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers)
      throws IOException, InterruptedException {
    boolean authorized = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      authorized |= headers[i].equalsIgnoreCase("Authorization");
    }
    if (!authorized && !anonymous) {
      request.header("Authorization", TestCredentials.bearer(key));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JsonCodec.mapper().readTree(response.body());
  }

  public static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
