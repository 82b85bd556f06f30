package vn.dxmonitor.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.ingest.support.Api.event;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestTest;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/** Accepted, duplicate and rejected events are counted by source and reason, and exposed. */
@IngestTest
class IngestMetricsIT {

  @LocalServerPort int port;
  @Autowired ApiKeyRegistry keys;
  @Autowired MeterRegistry meters;

  @Test
  void outcomesAreCountedBySourceAndReason() {
    Api api = new Api(port);
    String key = Api.sourceKey(keys, "metrics-source", "52");

    api.events(
        "["
            + event("met-1", "21583", 1, 1)
            + ","
            + event("met-1", "21583", 1, 1)
            + ","
            + event("met-2", "21583", 5, 1)
            + "]",
        key);

    assertThat(count("accepted", "none")).isEqualTo(1.0);
    assertThat(count("duplicate", "none")).isEqualTo(1.0);
    assertThat(count("rejected", "numerator-exceeds-denominator")).isEqualTo(1.0);
    assertThat(meters.find("dx.ingest.publish").timer().count()).isPositive();
    Api.Answer scrape = api.get("/actuator/prometheus", null);
    assertThat(scrape.body())
        .contains(
            "dx_ingest_events_total{outcome=\"accepted\",reason=\"none\",source=\"metrics-source\"}")
        .contains("http_server_requests_seconds_bucket");
  }

  private double count(String outcome, String reason) {
    var counter =
        meters
            .find("dx.ingest.events")
            .tag("source", "metrics-source")
            .tag("outcome", outcome)
            .tag("reason", reason)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
