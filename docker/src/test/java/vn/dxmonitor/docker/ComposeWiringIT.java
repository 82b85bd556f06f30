package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    List<String> unknown = new ArrayList<>();
    for (ComposeFile file :
        List.of(
            base,
            ComposeFile.read("compose.single.yaml"),
            ComposeFile.read("compose.es-cluster.yaml"))) {
      ComposeFile images = file.path.endsWith("compose.es-cluster.yaml") ? base : file;
      for (String service : file.services()) {
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
   * Found by the first real run: ingest's range 8081-8084 held the processor's 8082-8085 and
   * alerting's 8083, so which container got a port depended on the start order, and the loser did
   * not start. No published host port may belong to two services of one compose file.
   */
  @Test
  void noTwoServicesPublishTheSameHostPort() throws IOException {
    for (String file : List.of("compose.yaml", "compose.single.yaml")) {
      ComposeFile compose = ComposeFile.read(file);
      Map<Integer, String> owners = new HashMap<>();
      List<String> clashes = new ArrayList<>();
      for (String service : compose.services()) {
        for (String port : compose.strings(service, "ports")) {
          String[] parts = port.split(":");
          if (parts.length < 2) {
            continue; // a random host port
          }
          String[] range = parts[parts.length - 2].split("-");
          int first = Integer.parseInt(range[0]);
          int last = Integer.parseInt(range[range.length - 1]);
          for (int host = first; host <= last; host++) {
            String owner = owners.putIfAbsent(host, service);
            if (owner != null && !owner.equals(service)) {
              clashes.add(file + ": " + host + " of " + service + " and " + owner);
            }
          }
        }
      }
      assertThat(clashes).as("host ports published by two services").isEmpty();
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

  @SuppressWarnings("unchecked")
  private static void checkScrapes(ComposeFile compose, String prometheusFile) throws IOException {
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
    assertThat(config.get("alerting").toString()).contains("alertmanager:9093");
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
