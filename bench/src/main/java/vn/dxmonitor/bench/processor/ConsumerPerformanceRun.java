package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.bench.infra.ChildProcess;
import vn.dxmonitor.bench.infra.JavaCommand;

/**
 * Kafka's own {@code ConsumerPerformance} reading the events topic, committed records only as the
 * processor reads it: the baseline the processor's rate is a ratio to.
 */
final class ConsumerPerformanceRun {

  static final String MAIN_CLASS = "org.apache.kafka.tools.ConsumerPerformance";

  /** Records per second while fetching (its {@code fetch.nMsg.sec}: rebalancing left out). */
  record Result(long records, double megabytes, double recordsPerSecond) {}

  private ConsumerPerformanceRun() {}

  static Result run(String classpath, String bootstrapServers, String topic, long records, Path log)
      throws IOException, InterruptedException {
    JavaCommand command =
        new JavaCommand(
            classpath,
            List.of("-Xms512m", "-Xmx512m", JavaCommand.QUIET_LOGGING),
            MAIN_CLASS,
            List.of(
                "--bootstrap-server",
                bootstrapServers,
                "--topic",
                topic,
                "--num-records",
                Long.toString(records),
                "--timeout",
                "60000",
                "--command-property",
                "isolation.level=read_committed",
                "--group",
                "bench-consumer-performance"));
    ChildProcess process = ChildProcess.start(command, log);
    if (process.waitFor() != 0) {
      throw new BenchmarkFailedException("ConsumerPerformance failed:\n" + process.logTail(20));
    }
    return parse(Files.readAllLines(log, StandardCharsets.UTF_8));
  }

  /** The summary line under the header {@code start.time, end.time, data.consumed.in.MB, ...}. */
  static Result parse(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("start.time")) {
        String[] header = lines.get(i).split(",\\s*");
        String[] values = lines.get(i + 1).split(",\\s*");
        return new Result(
            Math.round(Double.parseDouble(values[column(header, "data.consumed.in.nMsg")])),
            Double.parseDouble(values[column(header, "data.consumed.in.MB")]),
            Double.parseDouble(values[column(header, "fetch.nMsg.sec")]));
      }
    }
    throw new BenchmarkFailedException(
        "ConsumerPerformance printed no summary:\n" + String.join("\n", lines));
  }

  private static int column(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].trim().equals(name)) {
        return i;
      }
    }
    throw new BenchmarkFailedException("ConsumerPerformance's summary has no column " + name);
  }
}
