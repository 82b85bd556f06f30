package vn.dxmonitor.testsupport.local;

import java.nio.file.Path;
import java.util.Map;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchDistribution;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchNode;

/**
 * Starts the local run's Elasticsearch for {@code ./dx up}: detached, with its data kept in the
 * given directory across restarts, its pid in {@code <dir>/elasticsearch.pid}. Returns once the
 * node answers; a failure ends with the node's log in the exception.
 *
 * <p>Arguments: {@code --dir DIR --port PORT --dist-cache DIR [--heap 512m]}.
 */
public final class LocalElasticsearch {

  private LocalElasticsearch() {}

  public static void main(String[] args) {
    Map<String, String> options = LocalOptions.parse(args);
    Path dir = Path.of(LocalOptions.require(options, "dir")).toAbsolutePath();
    int port = Integer.parseInt(LocalOptions.require(options, "port"));
    Path distribution =
        ElasticsearchDistribution.home(
            Path.of(LocalOptions.require(options, "dist-cache")).toAbsolutePath());
    ElasticsearchNode.start(distribution, dir, port, options.getOrDefault("heap", "512m"), true);
  }
}
