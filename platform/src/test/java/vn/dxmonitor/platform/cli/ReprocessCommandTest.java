package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReprocessCommandTest {

  @Test
  void readsTheStepAndItsOptions() {
    ReprocessCommand.Options options =
        ReprocessCommand.Options.parse(
            new String[] {
              "follow", "--bootstrap-servers", "h:1", "--state-dir", "/tmp/s", "--timeout", "90s"
            });

    assertThat(options.follow()).isTrue();
    assertThat(options.bootstrapServers()).isEqualTo("h:1");
    assertThat(options.applicationId()).isEqualTo("dx-processor");
    assertThat(options.topic()).isEqualTo("dx.metric-events");
    assertThat(options.stateDir()).isEqualTo(Path.of("/tmp/s"));
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void followsAnotherReaderOfAnotherTopic() {
    ReprocessCommand.Options options =
        ReprocessCommand.Options.parse(
            new String[] {
              "follow", "--application-id", "dx-alerting", "--topic", "dx.indicator-values"
            });

    assertThat(options.applicationId()).isEqualTo("dx-alerting");
    assertThat(options.topic()).isEqualTo("dx.indicator-values");
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> ReprocessCommand.Options.parse(new String[] {"rebuild"}))
        .hasMessageContaining("reset or follow");
    assertThatThrownBy(
            () -> ReprocessCommand.Options.parse(new String[] {"reset", "--timeout", "soon"}))
        .hasMessageContaining("--timeout")
        .hasMessageContaining("'soon'");
    assertThatThrownBy(() -> ReprocessCommand.Options.parse(new String[] {"reset", "--state-dir"}))
        .hasMessageContaining("--state-dir needs a value");
    assertThatThrownBy(() -> ReprocessCommand.Options.parse(new String[] {"reset", "--x", "1"}))
        .hasMessageContaining("unknown option --x");
  }
}
