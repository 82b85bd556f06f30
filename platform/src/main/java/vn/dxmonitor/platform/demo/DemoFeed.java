package vn.dxmonitor.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * A stand-in for the province's source systems: pushes work-record and dossier events for the
 * communes of the built-in registry through the ingest API, as an e-office and a one-stop-shop
 * system would (the latter's dossiers feed the 766 index, {@link DossierEvents}). It first
 * back-fills the last 30 days (with stable event ids and figures, so a restarted feed adds nothing
 * twice), then sends a batch every few seconds while each commune's online share drifts, so
 * statuses and alerts change while one watches.
 */
public final class DemoFeed {

  private static final Logger log = LoggerFactory.getLogger(DemoFeed.class);
  private static final int BACKFILL_DAYS = 30;
  private static final int EVENTS_PER_DAY = 12;
  private static final int DOSSIERS_PER_DAY = 4;
  private static final int BATCH = 500;
  private static final List<String> INDICATORS =
      List.of(BuiltInCatalog.WORK_RECORDS_ONLINE, BuiltInCatalog.TTHC_DOSSIERS_ONLINE);

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String key;
  private final Duration interval;
  private final Random random = new Random(52);
  private final Map<String, Double> onlineShare = new LinkedHashMap<>();

  DemoFeed(URI endpoint, String key, Duration interval) {
    this.endpoint = endpoint;
    this.key = key;
    this.interval = interval;
    List<Unit> communes =
        BuiltInUnits.giaLai().all().stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
    for (int i = 0; i < communes.size(); i++) {
      // A spread from well ahead of the 2030 trajectory to far behind it.
      onlineShare.put(communes.get(i).code(), 0.95 - 0.6 * i / Math.max(1, communes.size() - 1));
    }
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> options = options(args);
    URI url = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
    String key = Files.readString(Path.of(options.getOrDefault("key-file", ".dx/api.key"))).strip();
    Duration interval = Duration.ofSeconds(Long.parseLong(options.getOrDefault("interval", "3")));
    new DemoFeed(url.resolve("/api/v1/events"), key, interval).run();
  }

  void run() throws InterruptedException {
    backfill();
    while (!Thread.currentThread().isInterrupted()) {
      Thread.sleep(interval.toMillis());
      drift();
      List<MetricEvent> events = new ArrayList<>();
      Instant now = Instant.now();
      for (String unit : onlineShare.keySet()) {
        for (String indicator : INDICATORS) {
          // Named by its instant: a restarted feed never reuses an id for another moment, which
          // would be a revision of the earlier event rather than a new one.
          events.add(
              event(
                  "live-" + now.toEpochMilli() + "-" + unit + "-" + indicator,
                  unit,
                  indicator,
                  now,
                  random.nextDouble()));
        }
        events.addAll(
            DossierEvents.of(
                "dossier-" + now.toEpochMilli() + "-" + unit,
                unit,
                now,
                onlineShare.get(unit),
                random));
      }
      send(events);
    }
  }

  private void backfill() throws InterruptedException {
    Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
    List<MetricEvent> events = new ArrayList<>();
    for (int day = BACKFILL_DAYS - 1; day >= 1; day--) {
      for (String unit : onlineShare.keySet()) {
        for (String indicator : INDICATORS) {
          for (int n = 0; n < EVENTS_PER_DAY; n++) {
            Instant at = today.minus(day, ChronoUnit.DAYS).plus(8 + n % 9, ChronoUnit.HOURS);
            // Named by its date, and its figure drawn from its name: a restarted feed sends the
            // very
            // same events again (duplicates), never other figures under an id (revisions).
            String id = "backfill-" + at + "-" + unit + "-" + indicator + "-" + n;
            events.add(event(id, unit, indicator, at, new Random(id.hashCode()).nextDouble()));
          }
        }
        for (int n = 0; n < DOSSIERS_PER_DAY; n++) {
          Instant at = today.minus(day, ChronoUnit.DAYS).plus(8 + n, ChronoUnit.HOURS);
          String id = "backfill-dossier-" + at + "-" + unit + "-" + n;
          events.addAll(
              DossierEvents.of(id, unit, at, onlineShare.get(unit), new Random(id.hashCode())));
        }
      }
    }
    for (int from = 0; from < events.size(); from += BATCH) {
      send(events.subList(from, Math.min(events.size(), from + BATCH)));
      log.info(
          "Back-fill: {}/{} events sent", Math.min(events.size(), from + BATCH), events.size());
    }
  }

  private MetricEvent event(String id, String unit, String indicator, Instant at, double draw) {
    boolean online = draw < onlineShare.get(unit);
    return MetricEvent.ratio(id, null, unit, indicator, at, online ? 1 : 0, 1);
  }

  private void drift() {
    onlineShare.replaceAll(
        (unit, share) ->
            Math.max(0.05, Math.min(0.99, share + (random.nextDouble() - 0.5) * 0.04)));
  }

  private void send(List<MetricEvent> events) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(events)))
            .build();
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 202) {
          log.debug("Sent {} events: {}", events.size(), response.body());
          return;
        }
        log.warn("Ingest answered {}: {}", response.statusCode(), response.body());
        if (response.statusCode() < 500) {
          return;
        }
      } catch (IOException e) {
        log.warn("Ingest unreachable (attempt {}): {}", attempt, e.getMessage());
      }
      Thread.sleep(Math.min(30_000, 1000L * attempt));
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, but got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
