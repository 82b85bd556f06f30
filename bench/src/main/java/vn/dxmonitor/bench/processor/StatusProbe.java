package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;

/**
 * One probe of the path from the ingest API's {@code 202} to {@code /api/v1/status}: an event on an
 * indicator no load touches in Gia Lai ({@code tthc-dossiers-online}) for one of its communes, seen
 * once the province's denominator has grown by one. The latency covers the whole path: both
 * processor stages, the values topic, the indexer and the read API. Probes go one at a time, so
 * each rise of the denominator is the probe's own.
 */
public final class StatusProbe {

  public static final String PROBE_UNIT = "21592";
  public static final String PROBE_PROVINCE = "52";
  public static final String PROBE_INDICATOR = "tthc-dossiers-online";
  private static final Duration DEFAULT_POLL = Duration.ofMillis(20);
  private static final Pattern DENOMINATOR =
      Pattern.compile("\"indicator\":\"" + PROBE_INDICATOR + "\"[^}]*?\"denominator\":(\\d+|null)");

  private final URI ingest;
  private final String apiKey;
  private final URI dashboard;
  private final Duration poll;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * @param apiKey a source key covering Gia Lai: it sends the probe and reads the status
   */
  public StatusProbe(URI ingest, String apiKey, URI dashboard) {
    this(ingest, apiKey, dashboard, DEFAULT_POLL);
  }

  /**
   * @param poll how often the status is read while a probe is on its way: the latency's resolution,
   *     and load of the probe's own on the status API and Elasticsearch
   */
  public StatusProbe(URI ingest, String apiKey, URI dashboard, Duration poll) {
    this.ingest = ingest;
    this.apiKey = apiKey;
    this.dashboard = dashboard;
    this.poll = poll;
  }

  /** Sends one probe event; the instant (nanoTime) its 202 came back. */
  public long send(int sequence) throws IOException, InterruptedException {
    String event =
        String.format(
            Locale.ROOT,
            "{\"eventId\":\"probe-%d-%d\",\"unit\":\"%s\",\"indicator\":\"%s\",\"occurredAt\":\"%s\","
                + "\"numerator\":1,\"denominator\":1}",
            System.currentTimeMillis(),
            sequence,
            PROBE_UNIT,
            PROBE_INDICATOR,
            Instant.now().minusSeconds(1));
    HttpRequest request =
        HttpRequest.newBuilder(ingest.resolve("/api/v1/events"))
            .header("Authorization", "Bearer " + apiKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(event))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new BenchmarkFailedException(
          "a probe event was refused: " + response.statusCode() + " " + response.body());
    }
    return System.nanoTime();
  }

  /**
   * Reads the status every {@code poll} until the denominator reached {@code wanted}; empty when it
   * had not within {@code timeout}. A connection the dashboard dropped is tried again: the probe is
   * still on its way, and the clock runs on.
   */
  public OptionalLong awaitVisible(long wanted, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        long now = denominator();
        if (now >= wanted) {
          return OptionalLong.of(now);
        }
      } catch (IOException dropped) {
        // tried again on the next poll
      }
      Thread.sleep(poll.toMillis());
    }
    return OptionalLong.empty();
  }

  /** The province's denominator on the probe indicator, as the status API shows it now. */
  public long denominator() throws IOException, InterruptedException {
    HttpRequest request =
        // The source key covers the province, and the status API lets a source read its own units.
        HttpRequest.newBuilder(dashboard.resolve("/api/v1/status?unit=" + PROBE_PROVINCE))
            .header("Authorization", "Bearer " + apiKey)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new BenchmarkFailedException(
          "/api/v1/status answered " + response.statusCode() + " " + response.body());
    }
    Matcher matcher = DENOMINATOR.matcher(response.body());
    if (!matcher.find()) {
      throw new BenchmarkFailedException(
          "/api/v1/status?unit=" + PROBE_PROVINCE + " has no target on " + PROBE_INDICATOR);
    }
    return matcher.group(1).equals("null") ? 0 : Long.parseLong(matcher.group(1));
  }
}
