package vn.dxmonitor.alerting.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alerting configuration (rules, receivers, a silence) that cannot be used, with every field at
 * fault and why.
 */
public class InvalidConfigurationException extends RuntimeException {

  private final transient List<Map.Entry<String, String>> problems;

  public InvalidConfigurationException(List<Map.Entry<String, String>> problems) {
    super(
        problems.stream()
            .map(problem -> problem.getKey() + ": " + problem.getValue())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** Field path (e.g. {@code rules[2].pendingFor}) and what is wrong with it. */
  public List<Map.Entry<String, String>> problems() {
    return problems;
  }
}
