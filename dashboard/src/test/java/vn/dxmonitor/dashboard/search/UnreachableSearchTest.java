package vn.dxmonitor.dashboard.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;

/** A cluster that cannot be reached must read as unavailable, never as a unit without data. */
class UnreachableSearchTest {

  private RestClient restClient;
  private ElasticsearchClient client;

  @BeforeEach
  void clientOfAClosedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    restClient = RestClient.builder(new HttpHost("127.0.0.1", port, "http")).build();
    client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
  }

  @AfterEach
  void close() throws IOException {
    restClient.close();
  }

  @Test
  void indicatorValuesOfAnUnreachableClusterAreUnavailableNotEmpty() {
    var search = new IndicatorValueSearch(client, new IndexNames("unreachable-"));

    assertThatThrownBy(() -> search.forUnits(List.of("52"), List.of("work-records-online")))
        .isInstanceOf(SearchUnavailableException.class)
        .hasMessageStartingWith("cannot read indicator values from Elasticsearch");
  }

  @Test
  void alertsOfAnUnreachableClusterAreUnavailableNotEmpty() {
    var search = new AlertSearch(client, new IndexNames("unreachable-"));

    assertThatThrownBy(() -> search.find(AlertQuery.firing(10)))
        .isInstanceOf(SearchUnavailableException.class)
        .hasMessageStartingWith("cannot read alerts from Elasticsearch");
  }
}
