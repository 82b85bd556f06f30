package vn.dxmonitor.testsupport.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real Elasticsearch node of one test's own, which the test can stop and start again on the same
 * port and data: an outage, then the recovery.
 */
public final class RestartableElasticsearch implements AutoCloseable {

  private final Path distribution;
  private final Path nodeDir;
  private final int port;
  private ElasticsearchNode node;

  private RestartableElasticsearch(Path distribution, Path nodeDir, int port) {
    this.distribution = distribution;
    this.nodeDir = nodeDir;
    this.port = port;
  }

  public static RestartableElasticsearch start() {
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      RestartableElasticsearch elasticsearch =
          new RestartableElasticsearch(
              ElasticsearchDistribution.home(tmp.resolve("dx-elasticsearch-dist")),
              Files.createTempDirectory(tmp, "dx-es-restartable-"),
              ElasticsearchNode.freePort());
      elasticsearch.restart();
      return elasticsearch;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a restartable Elasticsearch node", e);
    }
  }

  public String uri() {
    return "http://127.0.0.1:" + port;
  }

  /** The outage: the node stops and nothing answers on its port. */
  public synchronized void stop() {
    if (node != null) {
      node.close();
      node = null;
    }
  }

  /** Starts the node again on the same port and data, and waits until it answers. */
  public synchronized void restart() {
    if (node == null) {
      node = ElasticsearchNode.start(distribution, nodeDir, port, "512m", false);
    }
  }

  @Override
  public void close() throws IOException {
    stop();
    ElasticsearchDistribution.deleteTree(nodeDir);
  }
}
