package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * How every service and tool connects to Elasticsearch 8.19: the low-level REST client, and the
 * Java client over it mapping documents with its own Jackson 2 (Boot's Jackson 3 cannot serve it).
 */
public final class ElasticsearchConnections {

  private ElasticsearchConnections() {}

  /** The REST client; the caller closes it. */
  public static RestClient restClient(List<URI> uris) {
    HttpHost[] hosts =
        uris.stream()
            .map(uri -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
            .toArray(HttpHost[]::new);
    return RestClient.builder(hosts).build();
  }

  public static ElasticsearchClient client(RestClient restClient) {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return new ElasticsearchClient(
        new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
  }
}
