package vn.dxmonitor.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ProgressBar bar =
      new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "Writing units", 200);

  @Test
  void theBarIsRedrawnInPlaceOncePerPercentAndEndsTheLineWhenDone() {
    bar.update(50);
    bar.update(50);
    bar.update(200);

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out.split("\r", -1)).hasSize(3);
    assertThat(out).contains("[#######.......................]  25% 50/200");
    assertThat(out)
        .endsWith("[##############################] 100% 200/200" + System.lineSeparator());
  }
}
