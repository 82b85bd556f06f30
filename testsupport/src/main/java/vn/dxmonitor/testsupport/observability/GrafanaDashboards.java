package vn.dxmonitor.testsupport.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The Grafana dashboards of {@code docker/grafana/dashboards}, read as JSON. */
public final class GrafanaDashboards {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GrafanaDashboards() {}

  /** The dashboards' directory of the repository whose module runs the test. */
  public static Path directory(Path repositoryRoot) {
    return repositoryRoot.resolve("docker/grafana/dashboards");
  }

  public static List<Path> files(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dashboard " + file, e);
    }
  }

  /** Every panel, rows' panels included. */
  public static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      panels.add(panel);
      panel.path("panels").forEach(panels::add);
    }
    return panels;
  }

  /** Every query expression of every panel. */
  public static List<String> expressions(JsonNode dashboard) {
    List<String> expressions = new ArrayList<>();
    for (JsonNode panel : panels(dashboard)) {
      for (JsonNode target : panel.path("targets")) {
        if (target.hasNonNull("expr")) {
          expressions.add(target.get("expr").asText());
        }
      }
    }
    return expressions;
  }

  /** The metric names every dashboard of the directory reads. */
  public static Set<String> metricNames(Path directory) {
    Set<String> names = new TreeSet<>();
    for (Path file : files(directory)) {
      expressions(read(file)).forEach(expression -> names.addAll(PromQl.metricNames(expression)));
    }
    return names;
  }
}
