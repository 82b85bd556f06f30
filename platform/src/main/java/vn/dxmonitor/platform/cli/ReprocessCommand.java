package vn.dxmonitor.platform.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import vn.dxmonitor.processor.reprocess.ProcessingProgress;
import vn.dxmonitor.processor.reprocess.StreamsReset;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * {@code ./dx reprocess}: rebuilds every value from {@code dx.metric-events}. {@code reset} (with
 * the processor stopped) makes it start over from the first event; {@code follow} (once it runs
 * again) shows how far it has come, with a progress bar, until it has read every event.
 *
 * <p>Arguments: {@code reset|follow [--bootstrap-servers HOST:PORT] [--application-id ID] [--topic
 * NAME] [--state-dir DIR] [--timeout DURATION]}; {@code --topic} (default {@code dx.metric-events})
 * lets {@code follow} wait for another reader, such as the alerting engine on {@code
 * dx.indicator-values}, to have read everything (the fault suite's "caught up"); Kafka's other
 * settings (SASL, TLS) and, without the argument, its brokers are the services' own, from the
 * environment ({@link ClientSettings}).
 */
public final class ReprocessCommand {

  private static final Duration POLL = Duration.ofMillis(500);

  private final PrintStream console;

  ReprocessCommand(PrintStream console) {
    this.console = console;
  }

  public static void main(String[] args) throws Exception {
    // The progress bar is this command's output, for a person at a terminal.
    PrintStream console = System.err;
    if (!new ReprocessCommand(console).run(Options.parse(args))) {
      throw new CommandFailedException("reprocess did not complete; see above");
    }
  }

  boolean run(Options options) throws ExecutionException, InterruptedException, IOException {
    try (Admin admin =
        Admin.create(ClientSettings.fromEnvironment().kafka(options.bootstrapServers()))) {
      return options.follow() ? follow(admin, options) : reset(admin, options);
    }
  }

  private boolean reset(Admin admin, Options options)
      throws ExecutionException, InterruptedException, IOException {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    while (true) {
      try {
        StreamsReset.Outcome outcome =
            new StreamsReset(admin).reset(options.applicationId(), options.stateDir());
        console.printf(
            Locale.ROOT,
            "Reset %s: consumer group %s, %d internal topic(s) deleted, local state %s%n",
            options.applicationId(),
            outcome.groupDeleted() ? "deleted" : "absent",
            outcome.topicsDeleted().size(),
            outcome.stateDeleted() ? "deleted" : "absent");
        return true;
      } catch (IllegalStateException stillRunning) {
        if (System.nanoTime() > deadline) {
          console.println("reprocess: " + stillRunning.getMessage());
          return false;
        }
        // A processor that was killed stays a member until its session times out.
        console.println(
            "Waiting for the processor to leave its group: " + stillRunning.getMessage());
        Thread.sleep(5_000);
      }
    }
  }

  private boolean follow(Admin admin, Options options)
      throws ExecutionException, InterruptedException {
    ProcessingProgress progress = new ProcessingProgress(admin);
    String topic = options.topic();
    ProcessingProgress.Progress now = progress.of(options.applicationId(), topic);
    ProgressBar bar = new ProgressBar(console, "Reprocessing " + topic, now.total());
    long started = System.nanoTime();
    long deadline = started + options.timeout().toNanos();
    while (!now.isDone()) {
      if (System.nanoTime() > deadline) {
        console.printf(
            Locale.ROOT,
            "%nreprocess: %,d of %,d events read after %s; the processor goes on in the"
                + " background%n",
            now.consumed(),
            now.total(),
            options.timeout());
        return false;
      }
      bar.update(now.consumed());
      Thread.sleep(POLL.toMillis());
      now = progress.of(options.applicationId(), topic);
    }
    bar.update(now.total());
    console.printf(
        Locale.ROOT,
        "Reprocessed %,d events in %.1f s%n",
        now.total(),
        (System.nanoTime() - started) / 1e9);
    return true;
  }

  /** The command's arguments. */
  record Options(
      boolean follow,
      String bootstrapServers,
      String applicationId,
      String topic,
      Path stateDir,
      Duration timeout) {

    static Options parse(String[] args) {
      if (args.length == 0 || !(args[0].equals("reset") || args[0].equals("follow"))) {
        throw new IllegalArgumentException("the first argument must be reset or follow");
      }
      String servers = null;
      String applicationId = "dx-processor";
      String topic = Topics.METRIC_EVENTS.name();
      Path stateDir = Path.of(System.getProperty("java.io.tmpdir"), "dx-streams");
      Duration timeout = Duration.ofHours(1);
      for (int i = 1; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--bootstrap-servers" -> servers = value;
          case "--application-id" -> applicationId = value;
          case "--topic" -> topic = value;
          case "--state-dir" -> stateDir = Path.of(value);
          case "--timeout" -> timeout = parseDuration(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(
          args[0].equals("follow"), servers, applicationId, topic, stateDir, timeout);
    }

    static Duration parseDuration(String value) {
      try {
        return org.springframework.boot.convert.DurationStyle.detectAndParse(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--timeout must be a duration such as 30m or 2h, but was '" + value + "'", e);
      }
    }
  }
}
