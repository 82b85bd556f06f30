package vn.dxmonitor.platform.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import vn.dxmonitor.alerting.AlertingTopics;
import vn.dxmonitor.alerting.store.AlertIndexTemplate;
import vn.dxmonitor.dashboard.security.Accounts;
import vn.dxmonitor.ingest.IngestTopics;
import vn.dxmonitor.processor.index.IndicatorIndexTemplate;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchConfiguration;
import vn.dxmonitor.runtime.kafka.KafkaTopicsConfiguration;
import vn.dxmonitor.runtime.keys.KeySecrets;
import vn.dxmonitor.runtime.lifecycle.SecretFile;

/**
 * The deployment's init step ({@code docker/compose.yaml}, service {@code init}): creates every
 * topic and Elasticsearch index template the services use, with the partitions and replication of
 * the environment, and the administrator's key and password files when their paths are set, then
 * exits — non-zero when Kafka or Elasticsearch refused. It reuses the very declarations the
 * services make at start, so the two cannot drift apart; the services still declare them too, which
 * changes nothing once they exist. Kafka Streams makes its own internal topics, with {@code
 * spring.kafka.streams.replication-factor}.
 */
public final class InitCommand {

  private static final Logger log = LoggerFactory.getLogger(InitCommand.class);
  private static final String PREFIX = "dx.";

  private InitCommand() {}

  public static void main(String[] args) throws Exception {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Declarations.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            // Without a broker the init step fails instead of logging and exiting 0.
            .properties(
                Map.of(
                    "spring.kafka.admin.fail-fast", "true",
                    "spring.kafka.admin.modify-topic-configs", "true"))
            .run(args)) {
      report(context.getBean(KafkaAdmin.class));
      makeSecrets(context.getEnvironment());
    }
  }

  /**
   * The administrator's key and password, made once on the volume the services share, before any of
   * them starts: instances that made their own at the same moment would disagree.
   */
  private static void makeSecrets(Environment environment) {
    String keyFile = environment.getProperty("dx.keys.admin-key-file");
    if (keyFile != null) {
      SecretFile.readOrCreate(Path.of(keyFile), KeySecrets::newKey, "admin key");
      log.info("Administrator key in {}", keyFile);
    }
    String passwordFile = environment.getProperty("dx.security.admin-password-file");
    if (passwordFile != null) {
      SecretFile.readOrCreate(Path.of(passwordFile), Accounts::generatePassword, "admin password");
      log.info("Password of the account admin in {}", passwordFile);
    }
  }

  /** What is now on the cluster, read back rather than taken from the declarations. */
  private static void report(KafkaAdmin kafka) throws Exception {
    try (AdminClient admin = AdminClient.create(kafka.getConfigurationProperties())) {
      List<String> names = dxTopics(admin);
      // A topic just made reaches every broker's metadata a moment later; on a busy machine the
      // first listing can still miss them all.
      for (int attempt = 0; names.isEmpty() && attempt < 50; attempt++) {
        Thread.sleep(200);
        names = dxTopics(admin);
      }
      Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
      for (String name : names) {
        TopicDescription topic = topics.get(name);
        log.info(
            "Topic {}: {} partitions, replication factor {}",
            name,
            topic.partitions().size(),
            topic.partitions().get(0).replicas().size());
      }
      if (names.isEmpty()) {
        throw new CommandFailedException("no dx.* topic exists after the init step");
      }
      log.info("Init done: {} topics and the index templates are in place", names.size());
    }
  }

  private static List<String> dxTopics(AdminClient admin) throws Exception {
    return admin.listTopics().names().get().stream()
        .filter(name -> name.startsWith(PREFIX))
        .sorted()
        .toList();
  }

  /** The declarations alone: no stream, listener or web server starts. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(KafkaAutoConfiguration.class)
  @Import({
    KafkaTopicsConfiguration.class,
    IngestTopics.class,
    AlertingTopics.class,
    ElasticsearchConfiguration.class,
    IndicatorIndexTemplate.class,
    AlertIndexTemplate.class
  })
  static class Declarations {}
}
