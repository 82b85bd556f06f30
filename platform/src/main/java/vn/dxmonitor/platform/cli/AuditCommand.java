package vn.dxmonitor.platform.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.elasticsearch.client.RestClient;
import vn.dxmonitor.processor.audit.Audit;
import vn.dxmonitor.processor.audit.Difference;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchConnections;
import vn.dxmonitor.runtime.elasticsearch.ElasticsearchProperties;
import vn.dxmonitor.runtime.elasticsearch.IndexNames;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;

/**
 * {@code ./dx check kill}'s last step, and a tool in its own right: recomputes every value from
 * {@code dx.metric-events} and compares it with {@code dx.indicator-values} and {@code
 * dx-indicators}. The processor and the indexer may still be catching up when it starts, so it
 * audits again until nothing differs or the timeout passes; then it lists what still differs and
 * fails.
 *
 * <p>With {@code --accepted FILE} (one event id a line: the events a sender was answered {@code
 * 202} for) it also checks that each of them is on {@code dx.metric-events}: an event accepted and
 * then lost is in no recount, so only its sender can tell.
 *
 * <p>Arguments: {@code [--bootstrap-servers HOST:PORT] [--elasticsearch URI] [--index-prefix P]
 * [--timeout DURATION] [--accepted FILE]}. Kafka's and Elasticsearch's other settings (SASL, TLS,
 * credentials) are the services' own, from the environment ({@link ClientSettings}); so are the
 * addresses when the arguments leave them out.
 */
public final class AuditCommand {

  private static final int SHOWN = 20;
  private static final Duration AGAIN_AFTER = Duration.ofSeconds(5);

  private final PrintStream console;
  private final ClientSettings settings;

  AuditCommand(PrintStream console, ClientSettings settings) {
    this.console = console;
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    // Progress and the verdict are this command's output, for a person at a terminal.
    PrintStream console = System.err;
    if (!new AuditCommand(console, ClientSettings.fromEnvironment()).run(Options.parse(args))) {
      throw new CommandFailedException("the published values differ from the recount; see above");
    }
  }

  boolean run(Options options) throws Exception {
    Map<String, Object> kafka = settings.kafka(options.bootstrapServers());
    ElasticsearchProperties elasticsearch = settings.elasticsearch(options.elasticsearch());
    try (CatalogView catalog = new CatalogView(kafka);
        RestClient rest = ElasticsearchConnections.restClient(elasticsearch)) {
      ElasticsearchConnections.verifyAccess(rest, elasticsearch);
      catalog.start();
      if (!catalog.awaitCaughtUp(Duration.ofMinutes(1))) {
        console.println("audit: could not read dx.catalog within a minute");
        return false;
      }
      Audit audit =
          new Audit(
              catalog,
              kafka,
              ElasticsearchConnections.client(rest),
              new IndexNames(options.indexPrefix()).indicators());
      Set<String> accepted = accepted(options.accepted());
      Set<String> missing = new HashSet<>(accepted);
      long deadline = System.nanoTime() + options.timeout().toNanos();
      int round = 1;
      Audit.Result result =
          audit.run(progress("Audit " + round), event -> missing.remove(event.eventId()));
      while (!(result.clean() && missing.isEmpty()) && System.nanoTime() < deadline) {
        console.printf(
            Locale.ROOT,
            "%d difference(s), %d accepted event(s) not read yet; the processor or the indexer may"
                + " still be catching up: again in %d s%n",
            result.topic().size() + result.index().size(),
            missing.size(),
            AGAIN_AFTER.toSeconds());
        Thread.sleep(AGAIN_AFTER.toMillis());
        missing.clear();
        missing.addAll(accepted);
        result = audit.run(progress("Audit " + ++round), event -> missing.remove(event.eventId()));
      }
      report(result);
      if (options.accepted() != null) {
        console.printf(
            Locale.ROOT,
            "Accepted: %,d event ids answered 202 (%s), %,d of them not on dx.metric-events%n",
            accepted.size(),
            options.accepted(),
            missing.size());
        missing.stream().sorted().limit(SHOWN).forEach(id -> console.println("  lost " + id));
      }
      return result.clean() && missing.isEmpty();
    }
  }

  /** The ids in the file, one a line; none without a file. */
  static Set<String> accepted(Path file) throws IOException {
    if (file == null) {
      return Set.of();
    }
    Set<String> ids = new HashSet<>();
    try (Stream<String> lines = Files.lines(file)) {
      lines.map(String::strip).filter(line -> !line.isEmpty()).forEach(ids::add);
    }
    return ids;
  }

  private TopicSnapshot.Progress progress(String label) {
    Map<String, ProgressBar> bars = new HashMap<>();
    return (topic, done, total) ->
        bars.computeIfAbsent(
                topic, t -> new ProgressBar(console, label + ": reading " + t, Math.max(total, 1)))
            .update(done);
  }

  private void report(Audit.Result result) {
    console.printf(
        Locale.ROOT,
        "Recounted %,d events (%,d counted: new, revised or retracted; the rest retries or dead"
            + " letters; %,d dead letters) into %,d values%n",
        result.events(),
        result.counted(),
        result.deadLetters(),
        result.keys());
    console.printf(
        Locale.ROOT,
        "Differences: %d on dx.indicator-values, %d in Elasticsearch%n",
        result.topic().size(),
        result.index().size());
    Stream.concat(result.topic().stream(), result.index().stream())
        .limit(SHOWN)
        .map(Difference::toString)
        .forEach(line -> console.println("  " + line));
  }

  /**
   * The command's arguments.
   *
   * @param bootstrapServers the brokers, or null for the environment's
   * @param elasticsearch the node, or null for the environment's
   * @param accepted a file of event ids answered 202 to check on the events topic, or null
   */
  record Options(
      String bootstrapServers,
      URI elasticsearch,
      String indexPrefix,
      Duration timeout,
      Path accepted) {

    static Options parse(String[] args) {
      String servers = null;
      URI elasticsearch = null;
      String prefix = "";
      Duration timeout = Duration.ofMinutes(5);
      Path accepted = null;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--bootstrap-servers" -> servers = value;
          case "--elasticsearch" -> elasticsearch = URI.create(value);
          case "--index-prefix" -> prefix = value;
          case "--timeout" -> timeout = ReprocessCommand.Options.parseDuration(value);
          case "--accepted" -> accepted = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(servers, elasticsearch, prefix, timeout, accepted);
    }
  }
}
