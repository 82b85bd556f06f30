package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose files' wiring, checked without a Docker engine: every variable given to a DX service
 * binds to a property that service reads (from the configuration metadata inside its image's jar),
 * the Kafka cluster's replication settings agree with each other and with what the services are
 * told, every service has its health check, ports and volumes, and Prometheus, Alertmanager and
 * Grafana point at each other. An IT because it reads the jars {@code package} puts in the images.
 */
class ComposeWiringIT {

  private static final Set<String> READ_BY_THE_IMAGE = Set.of("JAVA_OPTS");

  /** Steps that make Elasticsearch's certificates and users, then exit. */
  private static final Set<String> ONE_SHOT = Set.of("elasticsearch-certs", "elasticsearch-setup");

  private static final Set<String> STATEFUL =
      Set.of("processor", "alerting", "platform", "prometheus", "alertmanager", "grafana");

  private static final Map<String, ServiceProperties> properties = new HashMap<>();

  @BeforeAll
  static void readTheImagesJars() throws IOException {
    for (String application : DockerModule.APPLICATIONS) {
      Path jar = DockerModule.IMAGES.resolve("jars/" + application + ".jar");
      assertThat(jar).as("run `mvn package` first").exists();
      properties.put(application, ServiceProperties.of(jar));
    }
  }

  @Test
  void everyVariableGivenToADxServiceIsAPropertyThatServiceReads() throws IOException {
    ComposeFile base = ComposeFile.read("compose.yaml");
    ComposeFile single = ComposeFile.read("compose.single.yaml");
    List<String> unknown = new ArrayList<>();
    for (ComposeFile file :
        List.of(
            base,
            single,
            ComposeFile.read("compose.es-cluster.yaml"),
            ComposeFile.read("compose.scale.yaml"))) {
      for (String service : file.services()) {
        // An override's service runs the image it names, else the one of the file it is added to.
        ComposeFile images =
            file.service(service).containsKey("image")
                ? file
                : file.path.endsWith("compose.es-cluster.yaml")
                    ? base
                    : file.path.endsWith("compose.scale.yaml") ? single : file;
        if (!images.services().contains(service) || images.application(service).isEmpty()) {
          continue;
        }
        ServiceProperties reads = properties.get(images.application(service).get());
        assertThat(reads.size()).as("properties known for " + service).isGreaterThan(100);
        file.environment(service).keySet().stream()
            .filter(variable -> !READ_BY_THE_IMAGE.contains(variable) && !reads.reads(variable))
            .forEach(variable -> unknown.add(file + ": " + service + ": " + variable));
      }
    }
    assertThat(unknown).as("variables no property of the service binds").isEmpty();
  }

  @Test
  void theWiringCheckRefusesAVariableNoPropertyBinds() {
    ServiceProperties processor = properties.get("processor");
    assertThat(processor.reads("DX_PROCESSOR_STATE_DIR")).isTrue();
    assertThat(processor.reads("SPRING_KAFKA_STREAMS_PROPERTIES_NUM_STANDBY_REPLICAS")).isTrue();
    assertThat(processor.reads("DX_PROCESSOR_STATE_DIRECTORY")).isFalse();
    assertThat(processor.reads("DX_DASHBOARD_HEARTBEAT")).as("another service's").isFalse();
  }

  @Test
  void kafkaReplicationIsConsistentAcrossBrokersTopicsAndServices() throws IOException {
    checkReplication(ComposeFile.read("compose.yaml"), 3, 2);
    checkReplication(ComposeFile.read("compose.single.yaml"), 1, 1);
  }

  private static void checkReplication(ComposeFile compose, int brokers, int minInSync) {
    List<String> kafka =
        compose.services().stream()
            .filter(s -> compose.image(s).startsWith("apache/kafka:"))
            .toList();
    assertThat(kafka).as(compose + ": brokers").hasSize(brokers);
    Set<String> voters = new TreeSet<>();
    Set<String> nodeIds = new TreeSet<>();
    for (String broker : kafka) {
      Map<String, String> env = compose.environment(broker);
      nodeIds.add(env.get("KAFKA_NODE_ID"));
      voters.add(env.get("KAFKA_NODE_ID") + "@" + broker + ":9093");
      assertThat(env.get("KAFKA_ADVERTISED_LISTENERS"))
          .isEqualTo("PLAINTEXT://" + broker + ":9092");
      assertThat(number(env, "KAFKA_DEFAULT_REPLICATION_FACTOR")).isEqualTo(brokers);
      assertThat(number(env, "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo(brokers);
      assertThat(number(env, "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")).isEqualTo(brokers);
      assertThat(number(env, "KAFKA_MIN_INSYNC_REPLICAS")).isEqualTo(minInSync);
      assertThat(number(env, "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")).isEqualTo(minInSync);
      assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
          .as("topics come from the init step")
          .isEqualTo("false");
    }
    assertThat(nodeIds).as(compose + ": node ids").hasSize(brokers);
    for (String broker : kafka) {
      assertThat(
              Set.of(compose.environment(broker).get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(",")))
          .as(compose + ": " + broker + "'s quorum")
          .isEqualTo(voters);
    }
    if (brokers > 1) {
      assertThat(minInSync).as("one broker may be down").isLessThan(brokers).isGreaterThan(1);
    }

    Set<String> bootstrap =
        kafka.stream()
            .map(broker -> broker + ":9092")
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> topicShape = null;
    for (String service : compose.services()) {
      if (compose.application(service).isEmpty()) {
        continue;
      }
      Map<String, String> env = compose.environment(service);
      assertThat(new TreeSet<>(List.of(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS").split(","))))
          .as(compose + ": " + service + " knows every broker")
          .isEqualTo(bootstrap);
      Map<String, String> shape = new LinkedHashMap<>();
      shape.put("partitions", env.get("DX_KAFKA_TOPICS_PARTITIONS"));
      shape.put("replication", env.get("DX_KAFKA_TOPICS_REPLICATION_FACTOR"));
      assertThat(Integer.parseInt(shape.get("replication")))
          .as(compose + ": " + service + " topics' replication")
          .isEqualTo(brokers);
      if (topicShape == null) {
        topicShape = shape;
      }
      assertThat(shape)
          .as(compose + ": " + service + " expects the topics the init step makes")
          .isEqualTo(topicShape);
      if (env.containsKey("SPRING_KAFKA_STREAMS_REPLICATION_FACTOR")) {
        assertThat(number(env, "SPRING_KAFKA_STREAMS_REPLICATION_FACTOR")).isEqualTo(brokers);
      }
    }
  }

  @Test
  void everyServiceHasItsHealthCheckPortsAndVolumes() throws IOException {
    String dockerfile = Files.readString(DockerModule.file("image/Dockerfile"));
    for (ComposeFile compose :
        List.of(ComposeFile.read("compose.yaml"), ComposeFile.read("compose.single.yaml"))) {
      for (String service : compose.services()) {
        boolean ours = compose.application(service).isPresent();
        if (service.equals("init") || ONE_SHOT.contains(service)) {
          assertThat(compose.service(service).get("restart"))
              .as(compose + ": " + service + " runs once per up")
              .isEqualTo("on-failure");
          if (service.equals("init")) {
            assertThat(compose.dependsOn(service)).isNotEmpty();
          }
          continue;
        }
        if (ours) {
          assertThat(dockerfile).as("the image's health check").contains("HEALTHCHECK");
          assertThat(compose.strings(service, "ports"))
              .as(compose + ": " + service)
              .anyMatch(p -> p.endsWith(":8080"));
          assertThat(ComposeFile.map(compose.dependsOn(service), "init").get("condition"))
              .as(compose + ": " + service + " starts after the init step")
              .isEqualTo("service_completed_successfully");
        } else {
          assertThat(compose.service(service))
              .as(compose + ": " + service + " health check")
              .containsKey("healthcheck");
        }
        assertThat(compose.service(service).get("restart"))
            .as(compose + ": " + service)
            .isEqualTo("unless-stopped");
        List<String> volumes = compose.strings(service, "volumes");
        List<String> named =
            volumes.stream()
                .filter(volume -> !volume.startsWith(".") && volume.contains(":"))
                .map(volume -> volume.substring(0, volume.indexOf(':')))
                .toList();
        // A path alone is a volume of each container's own, as a scaled service needs.
        List<String> ownPerInstance =
            volumes.stream()
                .filter(volume -> volume.startsWith("/") && !volume.contains(":"))
                .toList();
        assertThat(compose.declaredVolumes())
            .as(compose + ": volumes of " + service)
            .containsAll(named);
        if (STATEFUL.contains(service)
            || service.startsWith("kafka")
            || service.startsWith("elasticsearch")) {
          assertThat(named.size() + ownPerInstance.size())
              .as(compose + ": " + service + " keeps its state on a volume")
              .isPositive();
        }
        for (String dependency : compose.dependsOn(service).keySet()) {
          assertThat(compose.services()).contains(dependency);
        }
      }
    }
  }

  @Test
  void theProcessorAndIngestScaleWithAStateAndAHostPortOfEachInstancesOwn() throws IOException {
    ComposeFile compose = ComposeFile.read("compose.yaml");
    for (String service : List.of("processor", "ingest")) {
      for (String port : compose.strings(service, "ports")) {
        String host = port.substring(0, port.lastIndexOf(':'));
        assertThat(host)
            .as(compose + ": " + service + " publishes " + port + " on a range, one port each")
            .matches(".*\\d+-\\d+$");
      }
      assertThat(compose.strings(service, "volumes"))
          .as(compose + ": " + service + " shares no named state volume between instances")
          .noneMatch(volume -> volume.contains(":/var/lib/dx/streams"));
    }
    assertThat(compose.environment("processor"))
        .containsEntry("SPRING_KAFKA_STREAMS_PROPERTIES_NUM_STANDBY_REPLICAS", "1");
  }

  /**
   * compose.scale.yaml, as ./dx compose check runs it: two processor and two ingest instances
   * beside the single stack's platform, each on a free host port (podman refuses a range), each
   * processor with Kafka Streams state of its own (podman-compose 1.0.3 gives the replicas of a
   * service one anonymous volume), all in the one group dx-processor with the platform's own
   * processor off, and every instance scraped.
   */
  @Test
  void theScaleOutOfTheSingleStackRunsTwoProcessorsInOneGroupAndTwoIngests() throws IOException {
    ComposeFile single = ComposeFile.read("compose.single.yaml");
    ComposeFile scale = ComposeFile.read("compose.scale.yaml");
    Map<String, String> platform = single.environment("platform");
    for (String service : List.of("processor", "ingest")) {
      assertThat(scale.application(service)).contains(service);
      int replicas =
          Integer.parseInt(
              String.valueOf(ComposeFile.map(scale.service(service), "deploy").get("replicas")));
      assertThat(replicas).as(scale + ": " + service + " instances").isEqualTo(2);
      assertThat(replicas)
          .as(scale + ": " + service + ": an instance per partition at most")
          .isLessThanOrEqualTo(Integer.parseInt(platform.get("DX_KAFKA_TOPICS_PARTITIONS")));
      assertThat(scale.strings(service, "ports"))
          .as(scale + ": " + service + " publishes no fixed host port")
          .containsExactly("127.0.0.1::8080");
      assertThat(scale.strings(service, "volumes"))
          .as(scale + ": " + service + " mounts nothing on its state directory")
          .noneMatch(volume -> volume.contains("/var/lib/dx/streams"));
      assertThat(scale.service(service).get("restart")).isEqualTo("unless-stopped");
      assertThat(ComposeFile.map(scale.dependsOn(service), "init").get("condition"))
          .isEqualTo("service_completed_successfully");
      Map<String, String> env = scale.environment(service);
      for (String shared :
          List.of(
              "SPRING_KAFKA_BOOTSTRAP_SERVERS",
              "DX_KAFKA_TOPICS_PARTITIONS",
              "DX_KAFKA_TOPICS_REPLICATION_FACTOR",
              "DX_KEYS_ADMIN_KEY_FILE")) {
        assertThat(env.get(shared))
            .as(scale + ": " + service + " as the platform: " + shared)
            .isEqualTo(platform.get(shared));
      }
    }

    Map<String, String> processor = scale.environment("processor");
    assertThat(processor)
        .as("one group: the processor image's application id, for every instance")
        .doesNotContainKey("SPRING_KAFKA_STREAMS_APPLICATION_ID")
        .containsEntry("SPRING_KAFKA_STREAMS_PROPERTIES_NUM_STANDBY_REPLICAS", "1")
        .containsEntry(
            "SPRING_KAFKA_STREAMS_REPLICATION_FACTOR",
            platform.get("SPRING_KAFKA_STREAMS_REPLICATION_FACTOR"))
        .containsEntry("DX_PROCESSOR_STATE_DIR", platform.get("DX_PROCESSOR_STATE_DIR"));
    assertThat(processor.get("SPRING_KAFKA_CONSUMER_PROPERTIES_SESSION_TIMEOUT_MS"))
        .as("the indexers give a dead instance up when Streams does")
        .isEqualTo(processor.get("SPRING_KAFKA_STREAMS_PROPERTIES_SESSION_TIMEOUT_MS"));

    // The platform's processor off, and its health groups as the platform's own less the
    // processor's.
    Map<String, String> platformOverride = scale.environment("platform");
    assertThat(platformOverride)
        .containsEntry("SPRING_KAFKA_STREAMS_AUTO_STARTUP", "false")
        .containsEntry("DX_PROCESSOR_INDEXING", "false");
    Properties defaults = platformProperties();
    for (String group : List.of("readiness", "liveness")) {
      String property = "management.endpoint.health.group." + group + ".include";
      Set<String> expected = new TreeSet<>(List.of(defaults.getProperty(property).split(",")));
      assertThat(expected).as(property).anyMatch(indicator -> indicator.startsWith("processor"));
      expected.removeIf(indicator -> indicator.startsWith("processor"));
      String variable =
          "MANAGEMENT_ENDPOINT_HEALTH_GROUP_" + group.toUpperCase(Locale.ROOT) + "_INCLUDE";
      assertThat(new TreeSet<>(List.of(platformOverride.get(variable).split(","))))
          .as(scale + ": the platform's " + group + " is its own without the processor's")
          .isEqualTo(expected);
    }
    assertThat(ComposeFile.map(scale.service("platform"), "healthcheck").get("test").toString())
        .as("the platform's health check asks readiness, not /actuator/health")
        .contains("http://127.0.0.1:8080/actuator/health/readiness");

    // Prometheus reads single.yml (compose.single.yaml's command): the scale-out's is mounted
    // there.
    assertThat(single.strings("prometheus", "command"))
        .contains("--config.file=/etc/prometheus/single.yml");
    assertThat(scale.strings("prometheus", "volumes"))
        .containsExactly("./prometheus/single-scale.yml:/etc/prometheus/single.yml:ro");
    assertThat(scrapeTargets("prometheus/single-scale.yml"))
        .contains(
            "platform:8080/actuator/prometheus",
            "processor:8080/actuator/prometheus",
            "ingest:8080/actuator/prometheus");
  }

  private static Properties platformProperties() throws IOException {
    Properties properties = new Properties();
    try (JarFile jar = new JarFile(DockerModule.IMAGES.resolve("jars/platform.jar").toFile());
        InputStream in =
            jar.getInputStream(jar.getJarEntry("BOOT-INF/classes/application.properties"))) {
      properties.load(in);
    }
    return properties;
  }

  /**
   * Found by the first real run: ingest's range 8081-8084 held the processor's 8082-8085 and
   * alerting's 8083, so which container got a port depended on the start order, and the loser did
   * not start. No published host port may belong to two services of one compose file (or of the
   * single stack with its scale-out, as ./dx compose runs them).
   */
  @Test
  void noTwoServicesPublishTheSameHostPort() throws IOException {
    for (List<String> files :
        List.of(
            List.of("compose.yaml"),
            List.of("compose.single.yaml"),
            List.of("compose.single.yaml", "compose.scale.yaml"))) {
      Map<Integer, String> owners = new HashMap<>();
      List<String> clashes = new ArrayList<>();
      for (String file : files) {
        checkPorts(ComposeFile.read(file), owners, clashes);
      }
      assertThat(clashes).as("host ports published by two services").isEmpty();
    }
  }

  private static void checkPorts(
      ComposeFile compose, Map<Integer, String> owners, List<String> clashes) {
    for (String service : compose.services()) {
      for (String port : compose.strings(service, "ports")) {
        String[] parts = port.split(":");
        if (parts.length < 2 || parts[parts.length - 2].isEmpty()) {
          continue; // a random host port: "8080" or "127.0.0.1::8080"
        }
        String[] range = parts[parts.length - 2].split("-");
        int first = Integer.parseInt(range[0]);
        int last = Integer.parseInt(range[range.length - 1]);
        for (int host = first; host <= last; host++) {
          String owner = owners.putIfAbsent(host, service);
          if (owner != null && !owner.equals(service)) {
            clashes.add(compose + ": " + host + " of " + service + " and " + owner);
          }
        }
      }
    }
  }

  @Test
  void prometheusScrapesEveryServiceAndTheToolsPointAtEachOther() throws IOException {
    checkScrapes(ComposeFile.read("compose.yaml"), "prometheus/prometheus.yml");
    checkScrapes(ComposeFile.read("compose.single.yaml"), "prometheus/single.yml");
    ComposeFile compose = ComposeFile.read("compose.yaml");
    assertThat(compose.environment("alerting").get("DX_ALERTING_ALERTMANAGER_URLS"))
        .isEqualTo("http://alertmanager:9093");
    Map<String, Object> datasources =
        new Yaml()
            .load(
                Files.readString(
                    DockerModule.file("grafana/provisioning/datasources/prometheus.yml")));
    assertThat(datasources.get("datasources").toString()).contains("url=http://prometheus:9090");
    assertThat(compose.strings("prometheus", "volumes"))
        .contains("./prometheus:/etc/prometheus:ro");
    assertThat(compose.strings("grafana", "volumes"))
        .contains(
            "./grafana/provisioning:/etc/grafana/provisioning:ro",
            "./grafana/dashboards:/var/lib/grafana/dashboards:ro");
  }

  private static void checkScrapes(ComposeFile compose, String prometheusFile) throws IOException {
    Set<String> targets = scrapeTargets(prometheusFile);
    for (String service : compose.services()) {
      if (compose.application(service).isPresent() && !service.equals("init")) {
        assertThat(targets)
            .as(prometheusFile + " scrapes " + service)
            .contains(service + ":8080/actuator/prometheus");
      }
    }
    assertThat(compose.strings("prometheus", "command"))
        .as(compose + " runs Prometheus on " + prometheusFile)
        .contains("--config.file=/etc/prometheus/" + Path.of(prometheusFile).getFileName());
    Map<String, Object> config =
        new Yaml().load(Files.readString(DockerModule.file(prometheusFile)));
    assertThat(config.get("alerting").toString()).contains("alertmanager:9093");
  }

  /** HOST:PORT/PATH of every scrape, static or by DNS (a scaled service's every instance). */
  @SuppressWarnings("unchecked")
  private static Set<String> scrapeTargets(String prometheusFile) throws IOException {
    Map<String, Object> config =
        new Yaml().load(Files.readString(DockerModule.file(prometheusFile)));
    Set<String> targets = new TreeSet<>();
    for (Object job : (List<Object>) config.get("scrape_configs")) {
      Map<String, Object> scrape = (Map<String, Object>) job;
      String path = String.valueOf(scrape.getOrDefault("metrics_path", "/metrics"));
      for (Object group : (List<Object>) scrape.getOrDefault("static_configs", List.of())) {
        for (Object target : (List<Object>) ((Map<String, Object>) group).get("targets")) {
          targets.add(target + path);
        }
      }
      // Every instance of a scaled service, found by the network's DNS
      for (Object group : (List<Object>) scrape.getOrDefault("dns_sd_configs", List.of())) {
        Map<String, Object> lookup = (Map<String, Object>) group;
        for (Object name : (List<Object>) lookup.get("names")) {
          targets.add(name + ":" + lookup.get("port") + path);
        }
      }
    }
    return targets;
  }

  @Test
  void theImagesOfElasticsearchKibanaAndKafkaAreTheVersionsTheBuildTestsAgainst()
      throws IOException {
    String elasticsearch = System.getProperty("dx.elasticsearch.version");
    String kafka = System.getProperty("dx.kafka.version");
    for (String file : List.of("compose.yaml", "compose.single.yaml", "compose.es-cluster.yaml")) {
      ComposeFile compose = ComposeFile.read(file);
      for (String service : compose.services()) {
        String image = compose.image(service);
        if (image.startsWith("docker.elastic.co/")) {
          assertThat(image).as(file + ": " + service).endsWith(":" + elasticsearch);
        } else if (image.startsWith("apache/kafka:")) {
          assertThat(image).as(file + ": " + service).isEqualTo("apache/kafka:" + kafka);
        }
        if (compose.service(service).containsKey("image")) {
          assertThat(image)
              .as(file + ": " + service + " is pinned")
              .doesNotEndWith(":latest")
              .contains(":");
        }
      }
    }
  }

  @Test
  void theElasticsearchClusterVariantHasThreeNodesAndAReplicaOfEveryIndex() throws IOException {
    ComposeFile cluster = ComposeFile.read("compose.es-cluster.yaml");
    ComposeFile base = ComposeFile.read("compose.yaml");
    List<String> nodes =
        cluster.services().stream().filter(s -> s.startsWith("elasticsearch")).toList();
    assertThat(nodes)
        .containsExactlyInAnyOrder("elasticsearch", "elasticsearch-2", "elasticsearch-3");
    for (String node : nodes) {
      Map<String, String> env = cluster.environment(node);
      assertThat(env.get("discovery.type")).isEqualTo("multi-node");
      assertThat(Set.of(env.get("cluster.initial_master_nodes").split(",")))
          .containsExactlyInAnyOrderElementsOf(nodes);
      Set<String> others = new TreeSet<>(nodes);
      others.remove(node);
      assertThat(new TreeSet<>(List.of(env.get("discovery.seed_hosts").split(","))))
          .isEqualTo(others);
    }
    for (String service : base.services()) {
      if (base.application(service).isPresent()
          && base.environment(service).containsKey("DX_ELASTICSEARCH_URIS")) {
        assertThat(cluster.environment(service))
            .as(service + " writes replicas and knows every node")
            .containsEntry("DX_ELASTICSEARCH_REPLICAS", "1")
            .containsKey("DX_ELASTICSEARCH_URIS");
        assertThat(cluster.environment(service).get("DX_ELASTICSEARCH_URIS").split(",")).hasSize(3);
      }
    }
  }

  private static int number(Map<String, String> env, String name) {
    assertThat(env).containsKey(name);
    return Integer.parseInt(env.get(name));
  }
}
