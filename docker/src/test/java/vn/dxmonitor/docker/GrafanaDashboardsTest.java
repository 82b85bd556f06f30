package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.dxmonitor.testsupport.observability.GrafanaDashboards;
import vn.dxmonitor.testsupport.observability.PromQl;

/**
 * The Grafana dashboards read only metrics of the catalogue ({@code docs/metrics.md}), through the
 * provisioned data source, and are well formed. {@code PrometheusScrapeIT} (platform module) checks
 * that a real Prometheus scraping the platform finds every one of those metrics.
 */
class GrafanaDashboardsTest {

  private static final Pattern CATALOGUE_ROW = Pattern.compile("(?m)^\\| `([a-z_:]+)` \\|");
  private static final List<String> HISTOGRAM_SUFFIXES =
      List.of("_bucket", "_count", "_sum", "_max");

  private final Path dashboards = GrafanaDashboards.directory(DockerModule.ROOT);

  @Test
  void everyMetricADashboardReadsIsInTheCatalogue() throws IOException {
    Set<String> catalogue = catalogue();
    Set<String> used = GrafanaDashboards.metricNames(dashboards);
    assertThat(used).as("metrics the dashboards read").hasSizeGreaterThan(10);
    Set<String> unknown = new TreeSet<>();
    for (String metric : used) {
      if (!catalogue.contains(metric) && !catalogue.contains(base(metric))) {
        unknown.add(metric);
      }
    }
    assertThat(unknown).as("metrics not in docs/metrics.md").isEmpty();
  }

  @Test
  void theDashboardsCoverWhatOperatorsWatch() {
    assertThat(GrafanaDashboards.metricNames(dashboards))
        .contains(
            "dx_ingest_events_total",
            "kafka_consumer_fetch_manager_records_lag_max",
            "dx_processor_punctuation_seconds_bucket",
            "dx_elasticsearch_bulk_seconds_bucket",
            "dx_processor_index_failures_total",
            "dx_alerting_transitions_total",
            "dx_alerting_notifications_total");
  }

  @Test
  void everyPanelQueriesTheProvisionedDataSourceAndHasAPlace() throws IOException {
    Object uid =
        ((List<?>)
                ((Map<?, ?>)
                        new Yaml()
                            .load(
                                Files.readString(
                                    DockerModule.file(
                                        "grafana/provisioning/datasources/prometheus.yml"))))
                    .get("datasources"))
            .stream().map(source -> ((Map<?, ?>) source).get("uid")).findFirst().orElseThrow();
    Set<String> uids = new HashSet<>();
    for (Path file : GrafanaDashboards.files(dashboards)) {
      JsonNode dashboard = GrafanaDashboards.read(file);
      assertThat(uids.add(dashboard.path("uid").asText())).as(file + ": unique uid").isTrue();
      assertThat(dashboard.path("title").asText()).as(file + ": title").isNotBlank();
      Set<Integer> ids = new HashSet<>();
      for (JsonNode panel : GrafanaDashboards.panels(dashboard)) {
        String where = file.getFileName() + ": " + panel.path("title").asText();
        assertThat(ids.add(panel.path("id").asInt())).as(where + ": unique id").isTrue();
        assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo(uid);
        assertThat(panel.path("gridPos").path("w").asInt()).as(where + ": width").isPositive();
        assertThat(panel.path("targets")).as(where + ": queries").isNotEmpty();
        for (JsonNode target : panel.path("targets")) {
          assertThat(target.path("datasource").path("uid").asText()).as(where).isEqualTo(uid);
          assertThat(PromQl.metricNames(target.path("expr").asText()))
              .as(where + ": reads a metric")
              .isNotEmpty();
        }
      }
    }
  }

  private Set<String> catalogue() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher row =
        CATALOGUE_ROW.matcher(Files.readString(DockerModule.ROOT.resolve("docs/metrics.md")));
    while (row.find()) {
      names.add(row.group(1));
    }
    assertThat(names).as("docs/metrics.md lists metrics").hasSizeGreaterThan(10);
    return names;
  }

  private static String base(String metric) {
    for (String suffix : HISTOGRAM_SUFFIXES) {
      if (metric.endsWith(suffix)) {
        return metric.substring(0, metric.length() - suffix.length());
      }
    }
    return metric;
  }
}
