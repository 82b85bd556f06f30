package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch 8.19 client, built by hand: Boot manages the 9.x client, which cannot talk to
 * an 8.19 server (DESIGN.md). It maps documents with its own Jackson 2, beside Boot's Jackson 3.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
public class ElasticsearchConfiguration {

  @Bean(destroyMethod = "close")
  RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
    HttpHost[] hosts =
        properties.uris().stream()
            .map(uri -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
            .toArray(HttpHost[]::new);
    return RestClient.builder(hosts).build();
  }

  @Bean
  ElasticsearchClient elasticsearchClient(RestClient restClient) {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return new ElasticsearchClient(
        new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
  }

  @Bean
  IndexNames indexNames(ElasticsearchProperties properties) {
    return new IndexNames(properties.indexPrefix());
  }
}
