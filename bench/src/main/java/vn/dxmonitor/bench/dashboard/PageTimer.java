package vn.dxmonitor.bench.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.Latency;

/**
 * Times a request over and over, one at a time as a reader's browser asks, after a few unmeasured
 * rounds that warm the server up. Every answer is checked, so that a fast error is never counted as
 * a fast page.
 */
final class PageTimer {

  private static final int WARM_UP = 5;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final int rounds;

  PageTimer(int rounds) {
    this.rounds = rounds;
  }

  /**
   * @param check what the whole answer must contain to count
   */
  Latency time(HttpRequest request, Predicate<String> check, String what)
      throws IOException, InterruptedException {
    Histogram micros = Latency.newHistogram();
    for (int i = 0; i < WARM_UP + rounds; i++) {
      long started = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = (System.nanoTime() - started) / 1_000;
      if (response.statusCode() != 200 || !check.test(response.body())) {
        throw new BenchmarkFailedException(
            what
                + " answered "
                + response.statusCode()
                + " without what it must show: "
                + response.body().substring(0, Math.min(300, response.body().length())));
      }
      if (i >= WARM_UP) {
        micros.recordValue(Math.min(took, Latency.MAX_MICROS));
      }
    }
    return Latency.of(micros);
  }

  static HttpRequest get(URI base, String path, String key) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + key)
        .header("Accept", "text/html")
        .build();
  }
}
