package vn.dxmonitor.testsupport.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' and Alertmanager's own command-line tools and server from Debian's packages ({@code
 * prometheus}, {@code prometheus-alertmanager}), which {@code .ci/run} installs. Tests skip with a
 * message where they are absent.
 */
public final class PrometheusTools {

  public static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  public static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  public static final Path AMTOOL = Path.of("/usr/bin/amtool");

  private PrometheusTools() {}

  public static boolean installed(Path tool) {
    return Files.isExecutable(tool);
  }

  public static String missing(Path tool) {
    return tool
        + " is not installed (Debian packages prometheus and prometheus-alertmanager; .ci/run"
        + " installs them)";
  }

  /** What a tool printed and how it exited. */
  public record Result(int exitCode, String output) {}

  public static Result run(Path tool, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(command + " did not finish within 60 s");
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
