package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The sizes {@code ./dx up} gives Kafka, Elasticsearch and the platform (heaps, the ingest ledger's
 * bound), read from the file the script reads ({@code config/local-run.properties}), so that the
 * platform benchmark measures the run a user gets rather than a copy of its settings.
 */
public record LocalRun(
    String kafkaInitial,
    String kafkaMax,
    String elasticsearch,
    String platformInitial,
    String platformMax,
    long ledgerMaxIds) {

  /** Where the file is, from the repository's root, where {@code ./dx} runs the benchmarks. */
  public static final Path FILE = Path.of("config", "local-run.properties");

  private static final Pattern SIZE = Pattern.compile("[1-9][0-9]*[kmg]");

  private static final Pattern COUNT = Pattern.compile("[1-9][0-9]*");

  public static LocalRun read() {
    return read(FILE);
  }

  static LocalRun read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new BenchmarkFailedException(
          "cannot read the local run's heaps from "
              + file.toAbsolutePath()
              + ": "
              + e.getMessage());
    }
    return new LocalRun(
        size(properties, "kafka.initial", file),
        size(properties, "kafka.max", file),
        size(properties, "elasticsearch", file),
        size(properties, "platform.initial", file),
        size(properties, "platform.max", file),
        Long.parseLong(matching(properties, "ingest.ledger-max-ids", COUNT, "a count", file)));
  }

  private static String size(Properties properties, String name, Path file) {
    return matching(properties, name, SIZE, "a heap size such as 512m", file);
  }

  private static String matching(
      Properties properties, String name, Pattern pattern, String what, Path file) {
    String value = properties.getProperty(name, "").strip();
    if (!pattern.matcher(value).matches()) {
      throw new BenchmarkFailedException(
          file
              + ": "
              + name
              + " must be "
              + what
              + ", but was "
              + (value.isEmpty() ? "absent" : "'" + value + "'"));
    }
    return value;
  }
}
