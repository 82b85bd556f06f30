package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dxmonitor.testsupport.observability.PrometheusTools;
import vn.dxmonitor.testsupport.observability.PrometheusTools.Result;

/**
 * Prometheus' and Alertmanager's own checkers accept the repository's configurations: {@code
 * promtool check config} (with the rules it names), {@code promtool test rules} (the platform's
 * alerts fire on the series they should), {@code amtool check-config}. And they do refuse a broken
 * one, so a pass means something.
 */
class PrometheusConfigTest {

  private static final Path PROMTOOL = PrometheusTools.PROMTOOL;
  private static final Path AMTOOL = PrometheusTools.AMTOOL;

  @ParameterizedTest
  @ValueSource(strings = {"prometheus.yml", "single.yml", "single-scale.yml", "local.yml"})
  void promtoolAcceptsTheScrapeConfigurationAndItsRules(String file) throws Exception {
    Result result = run(PROMTOOL, "check", "config", "prometheus/" + file);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 11 rules found");
  }

  @Test
  void thePlatformRulesPassTheirUnitTests() throws Exception {
    Result result = run(PROMTOOL, "test", "rules", "prometheus/rules/platform.test.yml");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  @Test
  void promtoolRefusesARuleWithABrokenExpression() throws Exception {
    Path broken =
        brokenCopy(
            "prometheus/rules/platform.yml",
            "expr: up{job=~\"dx-.*\"} == 0",
            "expr: up{job=~\"dx-.*\" == 0");
    Result result = run(PROMTOOL, "check", "rules", broken.toString());
    assertThat(result.exitCode()).as(result.output()).isNotZero();
  }

  @Test
  void amtoolAcceptsTheAlertmanagerConfiguration() throws Exception {
    Result result = run(AMTOOL, "check-config", "alertmanager/alertmanager.yml");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS").contains("3 receivers");
  }

  @Test
  void amtoolRefusesARouteToAReceiverThatDoesNotExist() throws Exception {
    Path broken =
        brokenCopy(
            "alertmanager/alertmanager.yml", "receiver: dx-platform-oncall", "receiver: nobody");
    Result result = run(AMTOOL, "check-config", broken.toString());
    assertThat(result.exitCode()).as(result.output()).isNotZero();
  }

  /**
   * Runs the tool, skipping the test where it is not installed; a relative file is the module's.
   */
  private static Result run(Path tool, String... arguments) throws Exception {
    assumeTrue(PrometheusTools.installed(tool), PrometheusTools.missing(tool));
    String[] resolved = arguments.clone();
    String last = resolved[resolved.length - 1];
    if (!Path.of(last).isAbsolute()) {
      resolved[resolved.length - 1] = DockerModule.file(last).toString();
    }
    return PrometheusTools.run(tool, resolved);
  }

  private static Path brokenCopy(String file, String good, String bad) throws IOException {
    String text = Files.readString(DockerModule.file(file));
    assertThat(text).as("the line the test breaks").contains(good);
    Path broken = Files.createTempFile("broken-", ".yml");
    Files.writeString(broken, text.replace(good, bad));
    return broken;
  }
}
