package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch 8.19 client, built by hand: Boot manages the 9.x client, which cannot talk to
 * an 8.19 server (DESIGN.md). It maps documents with its own Jackson 2, beside Boot's Jackson 3,
 * and logs in as {@code dx.elasticsearch.*} says; credentials the cluster refuses stop start-up
 * with a message naming the user and the property.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
public class ElasticsearchConfiguration {

  @Bean(destroyMethod = "close")
  RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
    RestClient client = ElasticsearchConnections.restClient(properties);
    try {
      ElasticsearchConnections.verifyAccess(client, properties);
    } catch (RuntimeException refused) {
      close(client);
      throw refused;
    }
    return client;
  }

  private static void close(RestClient client) {
    try {
      client.close();
    } catch (IOException e) {
      // Start-up fails anyway, for the reason being thrown.
    }
  }

  @Bean
  ElasticsearchClient elasticsearchClient(RestClient restClient) {
    return ElasticsearchConnections.client(restClient);
  }

  @Bean
  IndexTemplates indexTemplates(ElasticsearchClient client, ElasticsearchProperties properties) {
    return new IndexTemplates(client, properties.replicas());
  }

  @Bean
  IndexNames indexNames(ElasticsearchProperties properties) {
    return new IndexNames(properties.indexPrefix());
  }
}
