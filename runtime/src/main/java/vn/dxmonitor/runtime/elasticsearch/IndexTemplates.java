package vn.dxmonitor.runtime.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
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

  private IndexTemplates() {}

  /**
   * @param resource classpath JSON with the template body ({@code template}, {@code priority})
   * @param index the concrete index to create when missing; its name is also the pattern
   */
  public static void install(ElasticsearchClient client, String resource, String index) {
    installTemplate(client, resource, index, index + "*");
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
  public static void installTemplate(
      ElasticsearchClient client, String resource, String name, String pattern) {
    try (InputStream body = IndexTemplates.class.getResourceAsStream(resource)) {
      if (body == null) {
        throw new IllegalStateException("index template resource missing: " + resource);
      }
      client
          .indices()
          .putIndexTemplate(
              request -> request.withJson(body).name(name).indexPatterns(List.of(pattern)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install index template " + name, e);
    }
  }
}
