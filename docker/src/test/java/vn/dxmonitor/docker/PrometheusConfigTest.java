package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  @ParameterizedTest
  @ValueSource(strings = {"prometheus.yml", "single.yml", "local.yml"})
  void promtoolAcceptsTheScrapeConfigurationAndItsRules(String file) throws Exception {
    assumeTrue(
        PrometheusTools.installed(PrometheusTools.PROMTOOL),
        PrometheusTools.missing(PrometheusTools.PROMTOOL));
    Result result =
        PrometheusTools.run(
            PrometheusTools.PROMTOOL,
            "check",
            "config",
            DockerModule.file("prometheus/" + file).toString());
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 10 rules found");
  }

  @Test
  void thePlatformRulesPassTheirUnitTests() throws Exception {
    assumeTrue(
        PrometheusTools.installed(PrometheusTools.PROMTOOL),
        PrometheusTools.missing(PrometheusTools.PROMTOOL));
    Result result =
        PrometheusTools.run(
            PrometheusTools.PROMTOOL,
            "test",
            "rules",
            DockerModule.file("prometheus/rules/platform.test.yml").toString());
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  @Test
  void promtoolRefusesARuleWithABrokenExpression() throws Exception {
    assumeTrue(
        PrometheusTools.installed(PrometheusTools.PROMTOOL),
        PrometheusTools.missing(PrometheusTools.PROMTOOL));
    Path broken = Files.createTempFile("broken-rules", ".yml");
    Files.writeString(
        broken,
        Files.readString(DockerModule.file("prometheus/rules/platform.yml"))
            .replace("expr: up{job=~\"dx-.*\"} == 0", "expr: up{job=~\"dx-.*\" == 0"));
    Result result =
        PrometheusTools.run(PrometheusTools.PROMTOOL, "check", "rules", broken.toString());
    assertThat(result.exitCode()).as(result.output()).isNotZero();
  }

  @Test
  void amtoolAcceptsTheAlertmanagerConfiguration() throws Exception {
    assumeTrue(
        PrometheusTools.installed(PrometheusTools.AMTOOL),
        PrometheusTools.missing(PrometheusTools.AMTOOL));
    Result result =
        PrometheusTools.run(
            PrometheusTools.AMTOOL,
            "check-config",
            DockerModule.file("alertmanager/alertmanager.yml").toString());
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS").contains("3 receivers");
  }

  @Test
  void amtoolRefusesARouteToAReceiverThatDoesNotExist() throws Exception {
    assumeTrue(
        PrometheusTools.installed(PrometheusTools.AMTOOL),
        PrometheusTools.missing(PrometheusTools.AMTOOL));
    Path broken = Files.createTempFile("broken-alertmanager", ".yml");
    Files.writeString(
        broken,
        Files.readString(DockerModule.file("alertmanager/alertmanager.yml"))
            .replace("receiver: dx-platform-oncall", "receiver: nobody"));
    Result result = PrometheusTools.run(PrometheusTools.AMTOOL, "check-config", broken.toString());
    assertThat(result.exitCode()).as(result.output()).isNotZero();
  }
}
