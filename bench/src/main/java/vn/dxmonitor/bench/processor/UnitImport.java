package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;

/**
 * Brings the national unit lists into the catalog through the admin API, as an operator does, so
 * that every commune's events are counted and roll up to their province.
 */
public final class UnitImport {

  private UnitImport() {}

  public static void run(URI dashboard, String adminKey, NationalUnits units)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    post(
        http,
        dashboard,
        adminKey,
        "/api/v1/units/import?validTo=2025-07-01",
        units,
        NationalUnits.BEFORE);
    post(
        http,
        dashboard,
        adminKey,
        "/api/v1/units/import?validFrom=2025-07-01",
        units,
        NationalUnits.AFTER);
    post(
        http,
        dashboard,
        adminKey,
        "/api/v1/units/reorganisations?effective=2025-07-01",
        units,
        NationalUnits.MAPPING);
  }

  private static void post(
      HttpClient http, URI base, String adminKey, String path, NationalUnits units, String file)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + adminKey)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofFile(units.dir().resolve(file)))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new BenchmarkFailedException(
          "importing " + file + " failed: " + response.statusCode() + " " + response.body());
    }
  }
}
