package vn.dxmonitor.testsupport.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real Elasticsearch node per test JVM, started on first use on a free port with a temporary
 * data directory and stopped when the JVM exits. Tests keep apart by index prefix.
 */
public final class SharedElasticsearch {

  private static ElasticsearchNode node;

  private SharedElasticsearch() {}

  /** The node's address, such as {@code http://127.0.0.1:41234}, starting it if needed. */
  public static synchronized String uri() {
    if (node == null) {
      node = startNode();
    }
    return node.uri().toString();
  }

  private static ElasticsearchNode startNode() {
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      Path distribution = ElasticsearchDistribution.home(tmp.resolve("dx-elasticsearch-dist"));
      Path nodeDir = Files.createTempDirectory(tmp, "dx-es-node-");
      ElasticsearchNode started =
          ElasticsearchNode.start(
              distribution, nodeDir, ElasticsearchNode.freePort(), "512m", false);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    try {
                      ElasticsearchDistribution.deleteTree(nodeDir);
                    } catch (IOException e) {
                      // The temporary directory is left behind; nothing depends on it.
                    }
                  },
                  "elasticsearch-shutdown"));
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the shared Elasticsearch node", e);
    }
  }
}
