package vn.dxmonitor.testsupport.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path dir = Path.of(require(options, "dir")).toAbsolutePath();
    int port = Integer.parseInt(require(options, "port"));
    Path distribution =
        ElasticsearchDistribution.home(Path.of(require(options, "dist-cache")).toAbsolutePath());
    ElasticsearchNode.start(distribution, dir, port, options.getOrDefault("heap", "512m"), true);
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
