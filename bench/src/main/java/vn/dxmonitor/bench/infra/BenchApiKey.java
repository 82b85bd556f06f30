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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the benchmark comes by a key the ingest API accepts: the one place that knows the mechanism.
 * The ingest starts with an administrator key the benchmark wrote ({@code dx.keys.admin-key-file}),
 * and the benchmark then asks {@code POST /api/v1/keys} for a source key scoped to Gia Lai (52),
 * the way an operator issues one to a source system (or, for the platform benchmark, one scoped to
 * every province).
 */
public final class BenchApiKey {

  /** The source system the benchmark's events are attributed to. */
  public static final String SOURCE = "bench";

  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"\\\\]+)\"");

  private final String adminKey;

  public BenchApiKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.adminKey = HexFormat.of().formatHex(bytes);
  }

  /**
   * Arguments the ingest application is started with so that it will take the administrator key.
   *
   * @param dir the benchmark's working directory, for the key file
   */
  /** The administrator key itself, for the admin API's other calls. */
  public String administratorKey() {
    return adminKey;
  }

  public List<String> ingestArguments(Path dir) throws IOException {
    Path file = dir.resolve("admin.key");
    Files.writeString(file, adminKey + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return List.of("--dx.keys.admin-key-file=" + file);
  }

  /**
   * A new source key for the benchmark's events, once the ingest API answers.
   *
   * @param ingest the ingest API's base address
   */
  public String issue(URI ingest) throws IOException, InterruptedException {
    return issue(ingest, List.of("52"));
  }

  /**
   * A new source key for the benchmark's events in the subtrees of {@code units}, such as every
   * province of the country once the national unit lists are imported.
   */
  public String issue(URI ingest, List<String> units) throws IOException, InterruptedException {
    String body =
        "{\"source\":\""
            + SOURCE
            + "\",\"units\":["
            + String.join(",", units.stream().map(unit -> '"' + unit + '"').toList())
            + "],\"indicators\":[]}";
    HttpRequest request =
        HttpRequest.newBuilder(ingest.resolve("/api/v1/keys"))
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
          "the ingest API issued no key: POST /api/v1/keys answered "
              + response.statusCode()
              + " "
              + response.body());
    }
    return key.group(1);
  }
}
