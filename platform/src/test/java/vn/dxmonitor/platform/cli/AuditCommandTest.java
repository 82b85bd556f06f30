package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  @Test
  void readsTheFileOfAcceptedEventIds(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("accepted"), "probe-1\n\n  probe-2 \nprobe-1\n");

    AuditCommand.Options options =
        AuditCommand.Options.parse(new String[] {"--accepted", file.toString()});

    assertThat(options.accepted()).isEqualTo(file);
    assertThat(AuditCommand.accepted(options.accepted()))
        .containsExactlyInAnyOrder("probe-1", "probe-2");
  }

  @Test
  void withoutAFileNoEventIdIsChecked() throws Exception {
    AuditCommand.Options options = AuditCommand.Options.parse(new String[] {"--timeout", "1m"});

    assertThat(options.accepted()).isNull();
    assertThat(AuditCommand.accepted(null)).isEmpty();
  }

  @Test
  void anAcceptedOptionWithoutAFileIsNamed() {
    assertThatThrownBy(() -> AuditCommand.Options.parse(new String[] {"--accepted"}))
        .hasMessageContaining("--accepted needs a value");
  }
}
