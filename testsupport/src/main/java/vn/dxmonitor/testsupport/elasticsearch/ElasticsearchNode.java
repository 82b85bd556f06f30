package vn.dxmonitor.testsupport.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch started from the integ-test distribution, with its own config,
 * data and logs under {@code nodeDir}. Elasticsearch refuses to run as root, so when the JVM is
 * root the node runs as the unprivileged system user {@value #SYSTEM_USER}, created if missing.
 * This distribution answers 405 to {@code GET /}, so readiness is {@code GET /_cluster/health}.
 *
 * <p>Security is off unless a {@link Security} says otherwise; then the node checks passwords and
 * serves HTTPS with a certificate of a CA made for it, as the compose deployment does. This
 * distribution cannot make its {@code .security} index (it lacks the analysis module), so users are
 * the {@code elastic} user, whose password is the keystore's bootstrap password, and users of the
 * file realm; API keys and native users are not available here.
 */
public final class ElasticsearchNode implements AutoCloseable {

  public static final String SYSTEM_USER = "dxes";
  private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
  private static final String NODE_NAME = "dx-node";

  private final URI uri;
  private final Process process;
  private final Path nodeDir;
  private final Security security;

  private ElasticsearchNode(URI uri, Process process, Path nodeDir, Security security) {
    this.uri = uri;
    this.process = process;
    this.nodeDir = nodeDir;
    this.security = security;
  }

  /**
   * How a node is secured: off, or on with the {@code elastic} user's password, file-realm users
   * and their roles, and TLS on HTTP.
   *
   * @param elasticPassword the bootstrap password of the built-in superuser {@code elastic}; null
   *     for security off
   * @param roles role name → its definition as Elasticsearch's role API takes it (JSON)
   * @param users users of the file realm
   */
  public record Security(String elasticPassword, Map<String, String> roles, List<User> users) {

    public static final Security OFF = new Security(null, Map.of(), List.of());

    public boolean enabled() {
      return elasticPassword != null;
    }
  }

  /** A user of the file realm, with one role. */
  public record User(String name, String password, String role) {}

  /**
   * Starts a node and waits until it answers.
   *
   * @param daemon when true the node is detached (its pid goes to {@code
   *     nodeDir/elasticsearch.pid}) and outlives this JVM; otherwise {@link #close()} stops it
   */
  public static ElasticsearchNode start(
      Path distribution, Path nodeDir, int httpPort, String heap, boolean daemon) {
    return start(distribution, nodeDir, httpPort, heap, daemon, Security.OFF);
  }

  /** Starts a node secured as {@code security} says, and waits until it answers. */
  public static ElasticsearchNode start(
      Path distribution,
      Path nodeDir,
      int httpPort,
      String heap,
      boolean daemon,
      Security security) {
    try {
      Path config = prepare(distribution, nodeDir, httpPort, security);
      if (isRoot()) {
        ensureSystemUser();
        chown(nodeDir);
      }
      if (security.enabled()) {
        secure(distribution, config, security);
      }
      List<String> command = new ArrayList<>(asNodeUser());
      command.addAll(
          List.of(
              "env",
              "ES_JAVA_HOME=" + System.getProperty("java.home"),
              "ES_PATH_CONF=" + config,
              "ES_TMPDIR=" + nodeDir.resolve("tmp"),
              // Elasticsearch touches its whole heap at start by default, which a production
              // node wants; a local one should hold only what it uses.
              "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap + " -XX:-AlwaysPreTouch",
              distribution.resolve("bin/elasticsearch").toString()));
      if (daemon) {
        command.addAll(List.of("-d", "-p", nodeDir.resolve("elasticsearch.pid").toString()));
      }
      Path console = nodeDir.resolve("logs/console.log");
      Process process =
          new ProcessBuilder(command)
              .directory(distribution.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
              .start();
      URI uri = URI.create((security.enabled() ? "https" : "http") + "://127.0.0.1:" + httpPort);
      ElasticsearchNode node = new ElasticsearchNode(uri, process, nodeDir, security);
      node.awaitHealthy(daemon);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Elasticsearch in " + nodeDir, e);
    }
  }

  public URI uri() {
    return uri;
  }

  /** The PEM certificate of the CA that signed the node's HTTPS certificate; null when off. */
  public Path caCertificate() {
    return caCertificate(nodeDir.resolve("config"), security);
  }

  private static Path caCertificate(Path config, Security security) {
    return security.enabled() ? config.resolve("certs/ca/ca.crt") : null;
  }

  /** A free HTTP port whose transport port (the HTTP port + 100) is free too. */
  public static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      if (port + 100 < 65536 && isFree(port + 100)) {
        return port;
      }
    }
    throw new IOException("no free port pair for Elasticsearch");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return socket.getLocalPort() == port;
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the node and every process it started. */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  private void awaitHealthy(boolean daemon) {
    HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .timeout(Duration.ofSeconds(10));
    if (security.enabled()) {
      client.sslContext(trusting(caCertificate()));
      request.header("Authorization", basic("elastic", security.elasticPassword()));
    }
    HttpClient http = client.build();
    HttpRequest health = request.build();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!daemon && !process.isAlive()) {
        throw new IllegalStateException(
            "Elasticsearch exited with "
                + process.exitValue()
                + " before answering:\n"
                + logTail());
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          log.info("Elasticsearch answers at {}", uri);
          return;
        }
      } catch (IOException e) {
        log.trace("Elasticsearch not answering yet: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
      }
      sleep();
    }
    close();
    throw new IllegalStateException(
        "Elasticsearch did not answer at "
            + uri
            + " within "
            + STARTUP_TIMEOUT
            + ":\n"
            + logTail());
  }

  private String logTail() {
    Path console = nodeDir.resolve("logs/console.log");
    try {
      List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + console + ")";
    }
  }

  private static Path prepare(Path distribution, Path nodeDir, int httpPort, Security security)
      throws IOException {
    Path config = nodeDir.resolve("config");
    for (String dir : List.of("config", "data", "logs", "tmp")) {
      Files.createDirectories(nodeDir.resolve(dir));
    }
    try (Stream<Path> files = Files.walk(distribution.resolve("config"))) {
      for (Path source : files.toList()) {
        Path target = config.resolve(distribution.resolve("config").relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    String yaml =
        String.join(
            "\n",
            "cluster.name: dx-monitor",
            "node.name: " + NODE_NAME,
            "discovery.type: single-node",
            "network.host: 127.0.0.1",
            "http.port: " + httpPort,
            "transport.port: " + (httpPort + 100),
            "path.data: " + nodeDir.resolve("data"),
            "path.logs: " + nodeDir.resolve("logs"),
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "action.destructive_requires_name: false",
            "");
    yaml +=
        security.enabled()
            ? String.join(
                "\n",
                "xpack.security.enabled: true",
                "xpack.security.http.ssl.enabled: true",
                "xpack.security.http.ssl.key: certs/" + NODE_NAME + "/" + NODE_NAME + ".key",
                "xpack.security.http.ssl.certificate: certs/"
                    + NODE_NAME
                    + "/"
                    + NODE_NAME
                    + ".crt",
                "xpack.security.http.ssl.certificate_authorities: certs/ca/ca.crt",
                "")
            : "xpack.security.enabled: false\n";
    Files.writeString(config.resolve("elasticsearch.yml"), yaml, StandardCharsets.UTF_8);
    if (security.enabled()) {
      StringBuilder roles = new StringBuilder();
      // JSON is YAML: each role as the role API would take it.
      security
          .roles()
          .forEach(
              (name, body) ->
                  roles.append(name).append(": ").append(body.replace('\n', ' ')).append('\n'));
      Files.writeString(config.resolve("roles.yml"), roles.toString(), StandardCharsets.UTF_8);
    }
    // The node's user must be able to reach its directory: temporary directories are created
    // private, so open those between the temp root (never the root itself) and the node.
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    for (Path dir = nodeDir.toAbsolutePath();
        dir.startsWith(tmp) && !dir.equals(tmp);
        dir = dir.getParent()) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return config;
  }

  /**
   * The keystore with the {@code elastic} user's bootstrap password, a CA and the node's
   * certificate for 127.0.0.1 and localhost, and the file realm's users; each made once, so a
   * restart on the same directory keeps them. Each tool is a JVM of its own, run as the node's
   * user.
   */
  private static void secure(Path distribution, Path config, Security security) throws IOException {
    if (!Files.exists(config.resolve("elasticsearch.keystore"))) {
      tool(
          distribution,
          config,
          security.elasticPassword(),
          "elasticsearch-keystore",
          "add",
          "--stdin",
          "--force",
          "bootstrap.password");
    }
    Path certs = config.resolve("certs");
    if (!Files.exists(caCertificate(config, security))) {
      tool(
          distribution,
          config,
          null,
          "elasticsearch-certutil",
          "ca",
          "--pem",
          "--silent",
          "--out",
          config.resolve("ca.zip").toString());
      unzip(config.resolve("ca.zip"), certs);
      tool(
          distribution,
          config,
          null,
          "elasticsearch-certutil",
          "cert",
          "--pem",
          "--silent",
          "--name",
          NODE_NAME,
          "--ip",
          "127.0.0.1",
          "--dns",
          "localhost",
          "--ca-cert",
          certs.resolve("ca/ca.crt").toString(),
          "--ca-key",
          certs.resolve("ca/ca.key").toString(),
          "--out",
          config.resolve("node.zip").toString());
      unzip(config.resolve("node.zip"), certs);
      if (isRoot()) {
        chown(certs);
      }
    }
    String known =
        Files.exists(config.resolve("users"))
            ? Files.readString(config.resolve("users"), StandardCharsets.UTF_8)
            : "";
    for (User user : security.users()) {
      if (!known.contains(user.name() + ":")) {
        tool(
            distribution,
            config,
            null,
            "elasticsearch-users",
            "useradd",
            user.name(),
            "-p",
            user.password(),
            "-r",
            user.role());
      }
    }
  }

  /** Runs one of the distribution's tools on the node's config, failing with its output. */
  private static void tool(
      Path distribution, Path config, String stdin, String name, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(asNodeUser());
    command.addAll(
        List.of(
            "env",
            "ES_JAVA_HOME=" + System.getProperty("java.home"),
            "ES_PATH_CONF=" + config,
            distribution.resolve("bin/" + name).toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(distribution.toFile())
            .redirectErrorStream(true)
            .start();
    try (var in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException(
            name + " " + args[0] + " failed with " + process.exitValue() + ":\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted running " + name, e);
    }
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry escapes the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.delete(zip);
  }

  private static List<String> asNodeUser() {
    return isRoot() ? List.of("runuser", "-u", SYSTEM_USER, "--") : List.of();
  }

  /** An {@code Authorization} header's value for basic authentication. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** TLS for {@link java.net.http.HttpClient} that trusts the certificates of a PEM file. */
  public static SSLContext trusting(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust the certificates in " + pem, e);
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void ensureSystemUser() throws IOException {
    if (run("id", "-u", SYSTEM_USER) == 0) {
      return;
    }
    int exit =
        run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER);
    if (exit != 0 && run("id", "-u", SYSTEM_USER) != 0) {
      throw new IOException(
          "cannot create system user " + SYSTEM_USER + " (useradd exit " + exit + ")");
    }
  }

  private static void chown(Path dir) throws IOException {
    int exit = run("chown", "-R", SYSTEM_USER + ":", dir.toString());
    if (exit != 0) {
      throw new IOException("chown of " + dir + " to " + SYSTEM_USER + " failed with " + exit);
    }
  }

  private static int run(String... command) throws IOException {
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted running " + command[0], e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    }
  }
}
