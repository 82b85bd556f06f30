package vn.dxmonitor.testsupport.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SharedElasticsearchIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theNodeIsHealthyAndStoresDocuments() throws Exception {
    String uri = SharedElasticsearch.uri();

    HttpResponse<String> health =
        send(HttpRequest.newBuilder(URI.create(uri + "/_cluster/health")).build());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).containsAnyOf("\"status\":\"green\"", "\"status\":\"yellow\"");

    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(URI.create(uri + "/launcher-it/_doc/1?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"unit\":\"21583\"}"))
                .build());
    assertThat(put.statusCode()).isEqualTo(201);
    HttpResponse<String> get =
        send(HttpRequest.newBuilder(URI.create(uri + "/launcher-it/_doc/1")).build());
    assertThat(get.body()).contains("\"unit\":\"21583\"");
  }

  @Test
  void theSameNodeServesTheWholeJvm() {
    assertThat(SharedElasticsearch.uri()).isEqualTo(SharedElasticsearch.uri());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
