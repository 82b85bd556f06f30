package vn.dxmonitor.testsupport.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchNode.Security;
import vn.dxmonitor.testsupport.elasticsearch.ElasticsearchNode.User;

/**
 * A real Elasticsearch node with security on, as the compose deployment runs it: passwords checked,
 * HTTPS with a certificate of its own CA. Made once per test class (its start-up costs the tools'
 * JVMs besides the node's: some 30 s), on a free port and a temporary directory removed by {@link
 * #close()}. The {@code elastic} user has a random password; other users are of the file realm.
 */
public final class SecuredElasticsearch implements AutoCloseable {

  private final ElasticsearchNode node;
  private final Path nodeDir;
  private final String elasticPassword;

  private SecuredElasticsearch(ElasticsearchNode node, Path nodeDir, String elasticPassword) {
    this.node = node;
    this.nodeDir = nodeDir;
    this.elasticPassword = elasticPassword;
  }

  /**
   * @param roles role name → its definition as Elasticsearch's role API takes it (JSON)
   * @param users users of the file realm, each with one of those roles (or a built-in one)
   */
  public static SecuredElasticsearch start(Map<String, String> roles, List<User> users) {
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      Path nodeDir = Files.createTempDirectory(tmp, "dx-es-secured-");
      String password = "elastic-" + UUID.randomUUID();
      ElasticsearchNode node =
          ElasticsearchNode.start(
              ElasticsearchDistribution.home(tmp.resolve("dx-elasticsearch-dist")),
              nodeDir,
              ElasticsearchNode.freePort(),
              "512m",
              false,
              new Security(password, roles, users));
      return new SecuredElasticsearch(node, nodeDir, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a secured Elasticsearch node", e);
    }
  }

  /** The node's address, {@code https://127.0.0.1:PORT}. */
  public URI uri() {
    return node.uri();
  }

  /** The PEM certificate of the CA that signed the node's certificate: what a client trusts. */
  public Path caCertificate() {
    return node.caCertificate();
  }

  /** The password of the superuser {@code elastic}. */
  public String elasticPassword() {
    return elasticPassword;
  }

  @Override
  public void close() throws IOException {
    node.close();
    ElasticsearchDistribution.deleteTree(nodeDir);
  }
}
