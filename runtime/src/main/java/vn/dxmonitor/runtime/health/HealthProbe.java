package vn.dxmonitor.runtime.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container images' health check: asks the service in the same container for {@code
 * /actuator/health} and exits 0 when it answers {@code 200} (status {@code UP}), 1 otherwise. A
 * class of the image's own, because the base image need not have curl or wget.
 */
public final class HealthProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(4);

  private HealthProbe() {}

  public static void main(String[] args) throws InterruptedException {
    String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
    URI uri =
        URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health");
    if (!healthy(uri)) {
      throw new ProbeFailedException(uri);
    }
  }

  static boolean healthy(URI uri) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** Thrown out of {@code main} so the probe exits non-zero; a stack trace would only be noise. */
  static final class ProbeFailedException extends RuntimeException {
    ProbeFailedException(URI uri) {
      super(uri + " is not healthy", null, false, false);
    }
  }
}
