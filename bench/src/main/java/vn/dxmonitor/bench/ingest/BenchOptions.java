package vn.dxmonitor.bench.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How big a run is. Each option can also come from the environment ({@code --connections} from
 * {@code DX_BENCH_CONNECTIONS}, and so on); an argument wins over the environment. The defaults
 * keep a whole {@code ./dx bench ingest} within three to four minutes on a 2-core machine.
 *
 * @param records records ProducerPerformance sends, warm-up included
 * @param warmupRecords of those, how many it leaves out of its steady-state summary
 * @param warmup the least load on the ingest API before each measurement
 * @param maxWarmup the most, when its rate does not settle
 * @param duration each ingest measurement
 * @param connections concurrent connections to the ingest API in the batched phase
 * @param singleConnections the same in the phase of one event per request, which needs more to keep
 *     the service busy: each request waits for the producer's linger and the broker's
 *     acknowledgement
 * @param batch events per request in the batched phase
 * @param workDir where the broker's data and the logs go; a new temporary directory when empty
 * @param keepData keep the broker's data after the run (it is deleted otherwise; logs stay)
 * @param profile record the ingest JVM with Java Flight Recorder, to see where its CPU goes
 * @param ingestProperties {@code name=value} settings the ingest application is started with on top
 *     of its own, to try a tuning (the report lists them, since the result is then not the ingest
 *     as deployed)
 * @param help print the usage and do nothing else
 */
record BenchOptions(
    long records,
    long warmupRecords,
    Duration warmup,
    Duration maxWarmup,
    Duration duration,
    int connections,
    int singleConnections,
    int batch,
    Optional<Path> workDir,
    boolean keepData,
    boolean profile,
    List<String> ingestProperties,
    boolean help) {

  static final String USAGE =
      """
      Usage: ./dx bench ingest [options]
        --records N          ProducerPerformance records, warm-up included (8000000; DX_BENCH_RECORDS)
        --warmup-records N   of those, left out of its summary (two fifths; DX_BENCH_WARMUP_RECORDS)
        --warmup D           least ingest load before each measurement, which starts once the
                             rate holds steady (20s; DX_BENCH_WARMUP)
        --max-warmup D       most, if the rate never settles (90s; DX_BENCH_MAX_WARMUP)
        --duration D         each ingest measurement (30s; DX_BENCH_DURATION)
        --connections N      concurrent connections, batched phase (32; DX_BENCH_CONNECTIONS)
        --single-connections N  the same, one event per request (64; DX_BENCH_SINGLE_CONNECTIONS)
        --batch N            events per request in the batched phase (100; DX_BENCH_BATCH)
        --work-dir DIR       broker data and logs (a new temporary directory; DX_BENCH_WORK_DIR)
        --keep-data          keep the broker's data after the run
        --profile            record the ingest JVM with Java Flight Recorder into ingest.jfr
        --ingest-property P=V  start the ingest with --P=V on top of its own settings, to try
                             a tuning; repeatable; the report lists them
      Durations: 30, 30s, 2m or 500ms.
      """;

  private static final List<String> FLAGS = List.of("keep-data", "profile", "help");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

  static BenchOptions parse(List<String> args, Map<String, String> env) {
    Values values = new Values(args, env);
    long records = values.number("records", 8_000_000, 1);
    // The broker starts cold and ProducerPerformance is its first load: both ramp up for ~10 s.
    long warmupRecords = values.number("warmup-records", records * 2 / 5, 0);
    if (warmupRecords >= records) {
      throw new IllegalArgumentException(
          "--warmup-records must be less than --records, but was "
              + warmupRecords
              + " ≥ "
              + records);
    }
    Duration warmup = values.duration("warmup", Duration.ofSeconds(20), Duration.ZERO);
    Duration maxWarmup = values.duration("max-warmup", Duration.ofSeconds(90), Duration.ZERO);
    if (maxWarmup.compareTo(warmup) < 0) {
      throw new IllegalArgumentException(
          "--max-warmup must be at least --warmup, but was " + maxWarmup + " < " + warmup);
    }
    return new BenchOptions(
        records,
        warmupRecords,
        warmup,
        maxWarmup,
        values.duration("duration", Duration.ofSeconds(30), Duration.ofSeconds(1)),
        (int) values.number("connections", 32, 1),
        (int) values.number("single-connections", 64, 1),
        (int) values.number("batch", 100, 1),
        values.text("work-dir").map(Path::of),
        values.flag("keep-data"),
        values.flag("profile"),
        values.all("ingest-property"),
        values.flag("help"));
  }

  /** Options as given: {@code --name value}, {@code --name=value}, flags, then the environment. */
  private static final class Values {

    private final List<String> args;
    private final Map<String, String> env;

    Values(List<String> args, Map<String, String> env) {
      this.args = args;
      this.env = env;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : null;
        if (name == null || !known(name)) {
          throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
        }
        if (!arg.contains("=") && !FLAGS.contains(name)) {
          i++; // its value
        }
      }
    }

    private static boolean known(String name) {
      return List.of(
              "records",
              "warmup-records",
              "warmup",
              "max-warmup",
              "duration",
              "connections",
              "single-connections",
              "batch",
              "work-dir",
              "keep-data",
              "profile",
              "ingest-property",
              "help")
          .contains(name);
    }

    Optional<String> text(String name) {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.startsWith("--" + name + "=")) {
          return Optional.of(arg.substring(name.length() + 3));
        }
        if (arg.equals("--" + name)) {
          if (i + 1 >= args.size()) {
            throw new IllegalArgumentException("--" + name + " needs a value");
          }
          return Optional.of(args.get(i + 1));
        }
      }
      String variable = "DX_BENCH_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
      return Optional.ofNullable(env.get(variable)).filter(value -> !value.isBlank());
    }

    /** Every value of a repeatable option, from the arguments only. */
    List<String> all(String name) {
      List<String> values = new java.util.ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.startsWith("--" + name + "=")) {
          values.add(arg.substring(name.length() + 3));
        } else if (arg.equals("--" + name) && i + 1 < args.size()) {
          values.add(args.get(++i));
        }
      }
      for (String value : values) {
        if (!value.contains("=")) {
          throw new IllegalArgumentException(
              "--" + name + " must be name=value, but was '" + value + "'");
        }
      }
      return List.copyOf(values);
    }

    boolean flag(String name) {
      return args.contains("--" + name);
    }

    long number(String name, long fallback, long min) {
      Optional<String> given = text(name);
      if (given.isEmpty()) {
        return fallback;
      }
      String text = given.get().strip().replace("_", "");
      try {
        long value = Long.parseLong(text);
        if (value >= min) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "--" + name + " must be a whole number ≥ " + min + ", but was '" + given.get() + "'");
    }

    Duration duration(String name, Duration fallback, Duration min) {
      Optional<String> given = text(name);
      if (given.isEmpty()) {
        return fallback;
      }
      Matcher m = DURATION.matcher(given.get().strip());
      if (m.matches()) {
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration value =
            switch (unit) {
              case "ms" -> Duration.ofMillis(amount);
              case "m" -> Duration.ofMinutes(amount);
              default -> Duration.ofSeconds(amount);
            };
        if (value.compareTo(min) >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException(
          "--"
              + name
              + " must be a duration of at least "
              + min.toMillis()
              + " ms such as 30s, 2m or 500ms, but was '"
              + given.get()
              + "'");
    }
  }
}
