package vn.dxmonitor.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.alerting.rule.AlertRules;
import vn.dxmonitor.platform.support.PlatformApi;
import vn.dxmonitor.platform.support.PlatformInfrastructure;
import vn.dxmonitor.platform.support.PlatformTest;
import vn.dxmonitor.platform.support.QuickAlerts;
import vn.dxmonitor.testsupport.observability.GrafanaDashboards;
import vn.dxmonitor.testsupport.observability.PrometheusServer;
import vn.dxmonitor.testsupport.observability.PrometheusTools;

/**
 * A real Prometheus (Debian's package) started on the repository's scrape configuration for the
 * local run ({@code docker/prometheus/local.yml}, its target moved to this test's port) scrapes the
 * running platform, after traffic of every kind: accepted and rejected events, a record the
 * processor cannot use, an alert that fires. Then it holds a series of every metric the Grafana
 * dashboards read.
 */
@PlatformTest
class PrometheusScrapeIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String YESTERDAY = Instant.now().minus(Duration.ofDays(1)).toString();
  private static final String AN_LAO = "21609";
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static Path adminKeyFile;

  @LocalServerPort int port;
  @Autowired AlertRules alertRules;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    adminKeyFile = PlatformInfrastructure.register(registry, "prometheus-" + RUN);
  }

  @Test
  void aPrometheusOnTheRepositorysConfigurationFindsEveryMetricTheDashboardsRead()
      throws Exception {
    assumeTrue(
        PrometheusTools.installed(PrometheusTools.PROMETHEUS),
        PrometheusTools.missing(PrometheusTools.PROMETHEUS));
    PlatformApi api = new PlatformApi(port, adminKeyFile);
    QuickAlerts.behindFiresAfterOneSecond(alertRules);

    // Given 2 of 10 work records online in a commune (far behind: an alert), and one event for a
    // unit that does not exist (rejected)
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      events.add(event("an-lao-" + i, AN_LAO, i < 2 ? 1 : 0));
    }
    events.add(event("nowhere", "99999", 1));
    JsonNode answer = api.postEvents("[" + String.join(",", events) + "]");
    assertThat(answer.get("accepted").intValue()).isEqualTo(10);
    assertThat(answer.get("rejected").size()).isEqualTo(1);
    // and a record straight on the topic that the processor cannot read (a dead letter)
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(new ProducerRecord<>("dx.metric-events", AN_LAO, "{not json")).get();
    }
    await()
        .ignoreExceptions()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode alerts = api.get("/api/v1/alerts?unit=" + AN_LAO);
              assertThat(alerts.get(0).get("state").stringValue()).isEqualTo("FIRING");
            });

    // When Prometheus scrapes the platform with the repository's configuration
    Path work = Files.createTempDirectory("prometheus-" + RUN);
    Set<String> metrics = GrafanaDashboards.metricNames(GrafanaDashboards.directory(ROOT));
    try (PrometheusServer prometheus =
        PrometheusServer.start(
            ROOT.resolve("docker/prometheus/local.yml"),
            Map.of("127.0.0.1:8080", "127.0.0.1:" + port),
            Duration.ofSeconds(2),
            work)) {
      // Then the platform is up for it and every metric the dashboards read has a series
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () -> {
                assertThat(prometheus.targetHealth()).containsEntry("dx-platform", "up");
                assertThat(missing(prometheus, metrics)).as("metrics without a series").isEmpty();
              });
      assertThat(metrics).hasSizeGreaterThan(10);
      assertThat(prometheus.seriesCount("dx_alerting_transitions_total{to=\"FIRING\"}"))
          .isPositive();
      assertThat(prometheus.seriesCount("dx_ingest_events_total{outcome=\"rejected\"}"))
          .isPositive();
      assertThat(prometheus.seriesCount("dx_processor_dead_letters_total")).isPositive();
      assertThat(prometheus.seriesCount("dx_elasticsearch_bulk_seconds_count{writer=\"alerting\"}"))
          .isPositive();
      assertThat(prometheus.seriesCount("no_such_metric_total"))
          .as("a check that can fail")
          .isZero();
    }
  }

  private static Set<String> missing(PrometheusServer prometheus, Set<String> metrics)
      throws Exception {
    Set<String> missing = new TreeSet<>();
    for (String metric : metrics) {
      if (prometheus.seriesCount(metric) == 0) {
        missing.add(metric);
      }
    }
    return missing;
  }

  private KafkaProducer<String, String> producer() {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  private static String event(String id, String unit, int numerator) {
    return String.format(
        "{\"eventId\":\"%s-%s\",\"unit\":\"%s\",\"indicator\":\"work-records-online\","
            + "\"occurredAt\":\"%s\",\"numerator\":%d,\"denominator\":1}",
        RUN, id, unit, YESTERDAY, numerator);
  }
}
