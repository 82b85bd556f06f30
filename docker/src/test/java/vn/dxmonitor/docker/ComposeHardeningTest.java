package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compose files are safe as written (docs/operations.md, Hardening): only the dashboard and the
 * ingest API are reachable from other machines; Kafka, Elasticsearch, Kibana, Prometheus,
 * Alertmanager, Grafana and the services' management ports are unpublished or bound to 127.0.0.1;
 * Elasticsearch runs with security and TLS on, and every client of it logs in; no password is
 * written in the repository.
 */
class ComposeHardeningTest {

  /** Every compose file a deployment starts from or adds, each checked on its own. */
  static List<String> composeFiles() {
    return List.of(
        "compose.yaml", "compose.single.yaml", "compose.es-cluster.yaml", "compose.scale.yaml");
  }

  /** The applications whose port is for everyone (through the operator's reverse proxy). */
  private static final Set<String> PUBLIC = Set.of("dashboard", "ingest", "platform");

  private static final String TRUST_DIR = "/etc/dx/elasticsearch";
  private static final String TRUST_VOLUME = "es-trust:" + TRUST_DIR + ":ro";

  /** A compose variable that must be set: {@code ${NAME:?message}} or {@code ${NAME?message}}. */
  private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z0-9_]+:?\\?[^}]+}");

  @ParameterizedTest
  @MethodSource("composeFiles")
  void onlyTheDashboardAndTheIngestApiArePublishedBeyondThisHost(String file) throws IOException {
    ComposeFile compose = ComposeFile.read(file);
    ComposeFile images = base(compose);
    List<String> open = new ArrayList<>();
    for (String service : compose.services()) {
      boolean isPublic =
          images.services().contains(service)
              && images.application(service).filter(PUBLIC::contains).isPresent();
      for (Object port : ports(compose, service)) {
        if (!isPublic && !onLoopback(port)) {
          open.add(file + ": " + service + " publishes " + port + " on every interface");
        }
      }
    }
    assertThat(open)
        .as("ports that must be unpublished or bound to 127.0.0.1 (\"127.0.0.1:HOST:CONTAINER\")")
        .isEmpty();
  }

  @Test
  void theCheckRefusesAPortWithoutAHostAddress() {
    assertThat(onLoopback("127.0.0.1:9200:9200")).isTrue();
    assertThat(onLoopback(Map.of("target", 9200, "published", 9200, "host_ip", "127.0.0.1")))
        .isTrue();
    assertThat(onLoopback("5601:5601")).isFalse();
    assertThat(onLoopback("9200")).as("a random host port, on every interface").isFalse();
    assertThat(onLoopback("0.0.0.0:3000:3000")).isFalse();
    assertThat(onLoopback(Map.of("target", 3000, "published", 3000))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"compose.yaml", "compose.single.yaml", "compose.es-cluster.yaml"})
  void elasticsearchRunsWithSecurityAndTls(String file) throws IOException {
    ComposeFile compose = ComposeFile.read(file);
    List<String> nodes = elasticsearchNodes(compose);
    assertThat(nodes).as(file + ": Elasticsearch nodes").isNotEmpty();
    for (String node : nodes) {
      Map<String, String> env = compose.environment(node);
      if (compose.service(node).containsKey("image")) {
        assertThat(env)
            .as(file + ": " + node)
            .containsEntry("xpack.security.enabled", "true")
            .containsEntry("xpack.security.http.ssl.enabled", "true")
            .containsEntry("xpack.security.transport.ssl.enabled", "true");
        assertThat(env.get("ELASTIC_PASSWORD"))
            .as(file + ": " + node + "'s elastic password comes from the environment")
            .matches(REQUIRED_VARIABLE);
      } else {
        assertThat(env.get("xpack.security.enabled"))
            .as(file + ": " + node + " (an override) keeps security on")
            .isIn(null, "true");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("composeFiles")
  void everyClientOfElasticsearchLogsInOverTls(String file) throws IOException {
    ComposeFile compose = ComposeFile.read(file);
    ComposeFile images = base(compose);
    for (String service : compose.services()) {
      Map<String, String> env = merged(images, compose, service);
      if (env.containsKey("DX_ELASTICSEARCH_URIS")) {
        assertThat(List.of(env.get("DX_ELASTICSEARCH_URIS").split(",")))
            .as(file + ": " + service)
            .allMatch(uri -> uri.startsWith("https://"));
        assertThat(env)
            .as(file + ": " + service + " logs in and trusts the deployment's CA")
            .containsKeys(
                "DX_ELASTICSEARCH_USERNAME",
                "DX_ELASTICSEARCH_PASSWORD",
                "DX_ELASTICSEARCH_CA_CERTIFICATE");
        assertThat(env.get("DX_ELASTICSEARCH_CA_CERTIFICATE")).startsWith(TRUST_DIR + "/");
        assertThat(volumes(images, compose, service))
            .as(file + ": " + service + " mounts the CA's certificate")
            .contains(TRUST_VOLUME);
      }
      if (images.image(service).startsWith("docker.elastic.co/kibana/")) {
        assertThat(env.get("ELASTICSEARCH_HOSTS")).as(file + ": kibana").contains("https://");
        assertThat(env)
            .as(file + ": kibana logs in as kibana_system")
            .containsEntry("ELASTICSEARCH_USERNAME", "kibana_system")
            .containsKeys("ELASTICSEARCH_PASSWORD", "ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES");
        assertThat(env.get("ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES")).startsWith(TRUST_DIR + "/");
        assertThat(volumes(images, compose, service)).contains(TRUST_VOLUME);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("composeFiles")
  void noPasswordIsWrittenInTheRepository(String file) throws IOException {
    ComposeFile compose = ComposeFile.read(file);
    List<String> written = new ArrayList<>();
    for (String service : compose.services()) {
      compose
          .environment(service)
          .forEach(
              (name, value) -> {
                boolean secret =
                    name.contains("PASSWORD") || name.contains("API_KEY") || name.contains("TOKEN");
                boolean aFile = name.endsWith("_FILE");
                if (secret && !aFile && !REQUIRED_VARIABLE.matcher(value).matches()) {
                  written.add(file + ": " + service + ": " + name + "=" + value);
                }
              });
    }
    assertThat(written)
        .as("secrets must come from the environment as ${NAME:?message} (docker/.env.example)")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"compose.yaml", "compose.single.yaml"})
  void grafanaIsAFixedReleaseWithTheFixForCve20254123(String file) throws IOException {
    ComposeFile compose = ComposeFile.read(file);
    String image = compose.image("grafana");
    // A fixed release, never a moving tag: the version a deployment runs is the one reviewed.
    Matcher release = Pattern.compile("grafana/grafana:(\\d+)\\.(\\d+)\\.(\\d+)").matcher(image);
    assertThat(release.matches())
        .as(file + ": grafana at a fixed x.y.z release, was " + image)
        .isTrue();
    // CVE-2025-4123 (open redirect and XSS) is fixed from 12.0.1 (and in 12.0.0+security-01).
    int[] version = {
      Integer.parseInt(release.group(1)),
      Integer.parseInt(release.group(2)),
      Integer.parseInt(release.group(3))
    };
    assertThat(Arrays.compare(version, new int[] {12, 0, 1}))
        .as(file + ": " + image + " has the fix for CVE-2025-4123 (12.0.1 or later)")
        .isGreaterThanOrEqualTo(0);
  }

  /** The file an override is added to: its services' images and the rest of their settings. */
  private static ComposeFile base(ComposeFile compose) throws IOException {
    if (compose.path.endsWith("compose.es-cluster.yaml")) {
      return ComposeFile.read("compose.yaml");
    }
    if (compose.path.endsWith("compose.scale.yaml")) {
      return ComposeFile.read("compose.single.yaml");
    }
    return compose;
  }

  /** The environment a service of an override file ends up with: the base's, then its own. */
  private static Map<String, String> merged(ComposeFile base, ComposeFile file, String service) {
    Map<String, String> env = new LinkedHashMap<>();
    if (base != file && base.services().contains(service)) {
      env.putAll(base.environment(service));
    }
    env.putAll(file.environment(service));
    return env;
  }

  private static List<String> volumes(ComposeFile base, ComposeFile file, String service) {
    List<String> volumes = new ArrayList<>(file.strings(service, "volumes"));
    if (base != file && base.services().contains(service)) {
      volumes.addAll(base.strings(service, "volumes"));
    }
    return volumes;
  }

  private static List<String> elasticsearchNodes(ComposeFile compose) {
    return compose.services().stream()
        .filter(
            service ->
                compose.image(service).startsWith("docker.elastic.co/elasticsearch/")
                        && !compose.service(service).containsKey("entrypoint")
                        && !compose.service(service).containsKey("command")
                    || !compose.service(service).containsKey("image")
                        && service.startsWith("elasticsearch"))
        .toList();
  }

  private static List<Object> ports(ComposeFile compose, String service) {
    Object ports = compose.service(service).get("ports");
    return ports instanceof List<?> list ? List.copyOf(list) : List.of();
  }

  /**
   * Whether a {@code ports:} entry binds the host side to the loopback address only: short syntax
   * {@code [HOST_IP:]HOST:CONTAINER}, or the long syntax's {@code host_ip}.
   */
  static boolean onLoopback(Object port) {
    if (port instanceof Map<?, ?> entry) {
      return "127.0.0.1".equals(String.valueOf(entry.get("host_ip")));
    }
    String spec = port.toString();
    return spec.startsWith("127.0.0.1:") && spec.split(":").length == 3;
  }
}
