package vn.dxmonitor.ingest.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/** Talks to the ingest API over real HTTP, as a source system would. */
public final class Api {

  public static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  public Api(int port) {
    this.port = port;
  }

  /** A source key for {@code units}, made through the registry as an administrator would. */
  public static String sourceKey(ApiKeyRegistry keys, String source, String... units) {
    return keys.create(new KeyRequest(source, KeyRole.SOURCE, List.of(units), List.of()), "test")
        .key();
  }

  public static String adminKey(ApiKeyRegistry keys) {
    String secret = "admin-" + System.nanoTime();
    keys.ensureAdmin(secret, "test");
    return secret;
  }

  public Answer post(String path, String body, String contentType, String key) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), contentType, key, Map.of());
  }

  public Answer post(
      String path, byte[] body, String contentType, String key, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    headers.forEach(request::header);
    return send(request);
  }

  public Answer events(String body, String key) {
    return post("/api/v1/events", body, "application/json", key);
  }

  public Answer get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return send(request);
  }

  public Answer delete(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return send(request);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().map(),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A ratio-of-counts event of the contract, as JSON. */
  public static String event(String id, String unit, long numerator, long denominator) {
    return String.format(
        "{\"eventId\":\"%s\",\"unit\":\"%s\",\"indicator\":\"work-records-online\","
            + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":%d}",
        id, unit, YESTERDAY, numerator, denominator);
  }

  /** An HTTP answer. */
  public record Answer(
      int status, String contentType, Map<String, List<String>> headers, String body) {

    public JsonNode json() {
      return JsonCodec.mapper().readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }
}
