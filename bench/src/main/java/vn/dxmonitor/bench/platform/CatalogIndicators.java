package vn.dxmonitor.bench.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;

/**
 * The indicators of the catalog the platform serves ({@code GET /api/v1/indicators}), with what an
 * event of each must carry: the load sends every indicator in the catalog, not a hand-picked few.
 */
final class CatalogIndicators {

  private static final Pattern INDICATOR =
      Pattern.compile(
          "\"id\":\"([^\"]+)\"[^{}]*?\"kind\":\"([^\"]+)\",\"unitOfMeasure\":\"([^\"]*)\"");

  /**
   * @param kind {@code ratio-of-counts}, {@code counter}, {@code measurement} or {@code coverage}
   * @param unitOfMeasure {@code percent…} bounds a measurement to 0–100
   */
  record Indicator(String id, String kind, String unitOfMeasure) {}

  private CatalogIndicators() {}

  static List<Indicator> read(URI platform, String adminKey)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(platform.resolve("/api/v1/indicators"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + adminKey)
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new BenchmarkFailedException(
          "GET /api/v1/indicators answered " + response.statusCode() + " " + response.body());
    }
    List<Indicator> indicators = new ArrayList<>();
    Matcher matcher = INDICATOR.matcher(response.body());
    while (matcher.find()) {
      indicators.add(new Indicator(matcher.group(1), matcher.group(2), matcher.group(3)));
    }
    if (indicators.isEmpty()) {
      throw new BenchmarkFailedException("the catalog lists no indicator: " + response.body());
    }
    return List.copyOf(indicators);
  }
}
