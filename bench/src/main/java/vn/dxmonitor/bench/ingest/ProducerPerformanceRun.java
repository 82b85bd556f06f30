package vn.dxmonitor.bench.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.ChildProcess;
import vn.dxmonitor.bench.infra.JavaCommand;

/**
 * The baseline: Kafka's own {@code org.apache.kafka.tools.ProducerPerformance}, unchanged, in a JVM
 * of its own, writing fixed-size records as fast as it can with {@code acks=all} and otherwise the
 * producer's defaults. Its periodic lines are shown as progress; its summary is the result.
 */
final class ProducerPerformanceRun {

  static final String MAIN_CLASS = "org.apache.kafka.tools.ProducerPerformance";

  private final String classpath;
  private final Path log;
  private final PrintStream progress;

  ProducerPerformanceRun(String classpath, Path log, PrintStream progress) {
    this.classpath = classpath;
    this.log = log;
    this.progress = progress;
  }

  /** Arguments as {@code kafka-producer-perf-test.sh} takes them. */
  static List<String> arguments(
      String bootstrapServers, String topic, int recordSize, long records, long warmupRecords) {
    List<String> arguments = new ArrayList<>();
    arguments.addAll(List.of("--topic", topic));
    arguments.addAll(List.of("--num-records", Long.toString(records)));
    if (warmupRecords > 0) {
      arguments.addAll(List.of("--warmup-records", Long.toString(warmupRecords)));
    }
    arguments.addAll(List.of("--record-size", Integer.toString(recordSize)));
    arguments.addAll(List.of("--throughput", "-1"));
    arguments.addAll(
        List.of("--producer-props", "acks=all", "bootstrap.servers=" + bootstrapServers));
    return arguments;
  }

  /**
   * Runs the tool to its end.
   *
   * @param started told the tool's process as soon as it runs, so its CPU time can be sampled
   */
  ProducerSummary run(List<String> arguments, Consumer<ChildProcess> started)
      throws IOException, InterruptedException {
    JavaCommand command =
        new JavaCommand(
            classpath,
            List.of(
                "-Xms512m",
                "-Xmx512m",
                "-XX:+UseG1GC",
                // The tool formats its numbers with the default locale; its summary is parsed.
                "-Duser.language=en",
                "-Duser.country=US",
                JavaCommand.QUIET_LOGGING),
            MAIN_CLASS,
            arguments);
    Process process = command.processBuilder().redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (ChildProcess tool = ChildProcess.of(process, log)) {
      started.accept(tool);
      try (BufferedReader lines =
              new BufferedReader(
                  new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          output.add(line);
          logFile.write(line);
          logFile.write('\n');
          logFile.flush();
          if (line.contains("records sent")) {
            progress.println("  producer: " + line.strip());
          }
        }
      }
      int exit = tool.waitFor();
      if (exit != 0) {
        throw new BenchmarkFailedException(
            "ProducerPerformance exited with " + exit + "; see " + log + ":\n" + tool.logTail(20));
      }
    }
    return ProducerSummary.of(output)
        .orElseThrow(
            () ->
                new BenchmarkFailedException("ProducerPerformance printed no summary; see " + log));
  }
}
