package vn.dxmonitor.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.support.Api;
import vn.dxmonitor.ingest.support.IngestTest;

/** The OpenAPI document and Swagger UI describe the ingest API. */
@IngestTest
class OpenApiIT {

  @LocalServerPort int port;

  @Test
  void theDocumentListsTheEndpointsAndTheUiIsServed() {
    Api api = new Api(port);

    Api.Answer document = api.get("/v3/api-docs", null);
    Api.Answer ui = api.get("/swagger-ui/index.html", null);

    assertThat(document.status()).isEqualTo(200);
    JsonNode paths = document.json().get("paths");
    assertThat(paths.has("/api/v1/events")).isTrue();
    assertThat(paths.has("/api/v1/reports")).isTrue();
    // Keys are administered with the rest of administration, in the dashboard
    assertThat(paths.has("/api/v1/keys")).isFalse();
    assertThat(
            paths
                .get("/api/v1/events")
                .get("post")
                .get("requestBody")
                .get("content")
                .has("application/cloudevents+json"))
        .isTrue();
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
