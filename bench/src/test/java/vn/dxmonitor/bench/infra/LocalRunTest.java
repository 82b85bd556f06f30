package vn.dxmonitor.bench.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunTest {

  @TempDir Path dir;

  @Test
  void theRepositorysFileHoldsEverySizeTheLocalRunNeeds() {
    LocalRun run = LocalRun.read(Path.of("..").resolve(LocalRun.FILE));

    assertThat(run.platformMax()).matches("[0-9]+[kmg]");
    assertThat(run.elasticsearch()).matches("[0-9]+[kmg]");
    assertThat(run.ledgerMaxIds()).isPositive();
  }

  @Test
  void aMissingOrMalformedSizeIsNamed() throws IOException {
    Path file = dir.resolve("local-run.properties");
    Files.writeString(
        file,
        "kafka.initial=128m\nkafka.max=256m\nelasticsearch=lots\n"
            + "platform.initial=128m\nplatform.max=640m\ningest.ledger-max-ids=1000000\n");

    assertThatThrownBy(() -> LocalRun.read(file))
        .hasMessageContaining("elasticsearch must be a heap size")
        .hasMessageContaining("'lots'");

    Files.writeString(
        file,
        "kafka.initial=128m\nkafka.max=256m\nelasticsearch=384m\n"
            + "platform.initial=128m\nplatform.max=640m\n");
    assertThatThrownBy(() -> LocalRun.read(file))
        .hasMessageContaining("ingest.ledger-max-ids must be a count, but was absent");
  }
}
