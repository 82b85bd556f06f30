package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a composable index template from a classpath resource and makes sure its index exists.
 * Plain indices and templates only: the integ-test distribution has no data streams or ILM, and a
 * full 8.19 cluster accepts the same.
 */
public final class IndexTemplates {

  private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);
  private static final String ALREADY_EXISTS = "resource_already_exists_exception";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ElasticsearchClient client;
  private final int replicas;

  /**
   * @param replicas copies of each shard on other nodes, written into every template over the
   *     resource's own value: 0 on one node, 1 or more on a cluster
   */
  public IndexTemplates(ElasticsearchClient client, int replicas) {
    this.client = client;
    this.replicas = replicas;
  }

  /**
   * @param resource classpath JSON with the template body ({@code template}, {@code priority})
   * @param index the concrete index to create when missing; its name is also the pattern
   */
  public void install(String resource, String index) {
    installTemplate(resource, index, index + "*");
    try {
      if (!client.indices().exists(request -> request.index(index)).value()) {
        client.indices().create(request -> request.index(index));
        log.info("Created Elasticsearch index {}", index);
      }
    } catch (ElasticsearchException e) {
      // Instances that start together race to create it; whoever loses finds it made.
      if (!ALREADY_EXISTS.equals(e.error().type())) {
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create index " + index, e);
    }
  }

  /**
   * Installs the template alone, for indices made as documents arrive (monthly history indices).
   *
   * @param pattern the names the template applies to, such as {@code dx-indicator-history-*}
   */
  public void installTemplate(String resource, String name, String pattern) {
    try {
      String body = withReplicas(resource);
      client
          .indices()
          .putIndexTemplate(
              request ->
                  request
                      .withJson(new StringReader(body))
                      .name(name)
                      .indexPatterns(List.of(pattern)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install index template " + name, e);
    }
  }

  private String withReplicas(String resource) throws IOException {
    try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("index template resource missing: " + resource);
      }
      ObjectNode body = (ObjectNode) JSON.readTree(in);
      ObjectNode template = body.withObjectProperty("template");
      template.withObjectProperty("settings").put("number_of_replicas", replicas);
      return JSON.writeValueAsString(body);
    }
  }
}
