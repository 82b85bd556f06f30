package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyBook;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/**
 * How the benchmark comes by a key the ingest API accepts: the one place that knows the mechanism.
 * A service starts with an administrator key the benchmark wrote ({@code dx.keys.admin-key-file}),
 * and the benchmark then asks the admin API's {@code POST /api/v1/keys} for a source key, the way
 * an operator issues one to a source system (for the platform benchmark, one scoped to every
 * province). The ingest benchmark runs the ingest API alone, without the dashboard that serves the
 * admin API: it makes its Gia Lai (52) key with the admin API's own registry instead.
 */
public final class BenchApiKey {

  /** The source system the benchmark's events are attributed to. */
  public static final String SOURCE = "bench";

  private static final Duration TAKEN_WITHIN = Duration.ofSeconds(60);

  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"\\\\]+)\"");

  private final String adminKey;

  public BenchApiKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.adminKey = HexFormat.of().formatHex(bytes);
  }

  /** The administrator key itself, for the admin API's other calls. */
  public String administratorKey() {
    return adminKey;
  }

  /**
   * Arguments a service is started with so that it will take the administrator key.
   *
   * @param dir the benchmark's working directory, for the key file
   */
  public List<String> ingestArguments(Path dir) throws IOException {
    Path file = dir.resolve("admin.key");
    Files.writeString(file, adminKey + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return List.of("--dx.keys.admin-key-file=" + file);
  }

  /**
   * A new source key of Gia Lai (52) for an ingest API that runs alone: made by the key registry
   * the admin API uses, written to {@code dx.catalog}, and returned once the ingest API takes it.
   *
   * @param ingest the ingest API's base address
   */
  public String issueThroughCatalog(String bootstrapServers, URI ingest)
      throws IOException, InterruptedException {
    Map<String, Object> kafka =
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (CatalogView view = new CatalogView(kafka);
        CatalogWriter writer = CatalogWriter.to(kafka)) {
      view.start();
      Instant deadline = Instant.now().plus(TAKEN_WITHIN);
      // The service seeds the catalog's units as it starts; a key may only name known units.
      while (!(view.awaitCaughtUp(Duration.ofSeconds(1)) && view.hasUnits())) {
        if (Instant.now().isAfter(deadline)) {
          throw new BenchmarkFailedException(
              "dx.catalog held no units within " + TAKEN_WITHIN + "; no key could be made");
        }
        // Caught up but without units yet: the wait above no longer waits.
        Thread.sleep(200);
      }
      String key =
          new ApiKeyRegistry(view, new KeyBook(view), writer, Clock.systemUTC())
              .create(new KeyRequest(SOURCE, KeyRole.SOURCE, List.of("52"), List.of()), SOURCE)
              .key();
      awaitTaken(ingest, key, deadline);
      return key;
    }
  }

  /**
   * Until the ingest API knows the key: an empty batch is then refused as empty, not as unknown.
   */
  private static void awaitTaken(URI ingest, String key, Instant deadline)
      throws IOException, InterruptedException {
    HttpRequest emptyBatch =
        HttpRequest.newBuilder(ingest.resolve("/api/v1/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("[]"))
            .build();
    HttpClient client = HttpClient.newHttpClient();
    int status;
    while ((status = client.send(emptyBatch, HttpResponse.BodyHandlers.discarding()).statusCode())
        == 401) {
      if (Instant.now().isAfter(deadline)) {
        throw new BenchmarkFailedException(
            "the ingest API did not take the benchmark's key within " + TAKEN_WITHIN);
      }
      Thread.sleep(200);
    }
    if (status >= 500) {
      throw new BenchmarkFailedException("the ingest API answered an empty batch with " + status);
    }
  }

  /**
   * A new source key for the benchmark's events in the subtrees of {@code units}, such as every
   * province of the country once the national unit lists are imported.
   *
   * @param admin the admin API's base address: the dashboard's, or the platform's
   */
  public String issue(URI admin, List<String> units) throws IOException, InterruptedException {
    String body =
        "{\"source\":\""
            + SOURCE
            + "\",\"units\":["
            + String.join(",", units.stream().map(unit -> '"' + unit + '"').toList())
            + "],\"indicators\":[]}";
    HttpRequest request =
        HttpRequest.newBuilder(admin.resolve("/api/v1/keys"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + adminKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    Matcher key = KEY.matcher(response.body());
    if (response.statusCode() != 201 || !key.find()) {
      throw new BenchmarkFailedException(
          "the admin API issued no key: POST /api/v1/keys answered "
              + response.statusCode()
              + " "
              + response.body());
    }
    return key.group(1);
  }
}
