package vn.dxmonitor.dashboard.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The dashboard without Elasticsearch is degraded, not down: it still signs people in, serves its
 * pages (which say in words that figures cannot be read now) and relays live values, so an
 * orchestrator must not restart it — but health must not say {@code UP} either. Reported as {@code
 * DEGRADED}, which answers 200 and ranks between down and up.
 */
@Component("dashboardSearch")
public class SearchHealth implements HealthIndicator {

  /** Serving, without part of what it serves. */
  public static final Status DEGRADED = new Status("DEGRADED", "Elasticsearch cannot be read");

  private final ElasticsearchClient client;

  public SearchHealth(ElasticsearchClient client) {
    this.client = client;
  }

  @Override
  public Health health() {
    try {
      String status =
          client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status().jsonValue();
      return Health.up().withDetail("elasticsearch", status).build();
    } catch (IOException | RuntimeException e) {
      return Health.status(DEGRADED)
          .withDetail("elasticsearch", "unreachable")
          .withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }
}
