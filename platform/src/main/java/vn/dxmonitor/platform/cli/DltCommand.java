package vn.dxmonitor.platform.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.deadletter.DeadLetterQueue;
import vn.dxmonitor.runtime.deadletter.Letter;
import vn.dxmonitor.runtime.deadletter.LetterHeader;
import vn.dxmonitor.runtime.deadletter.LetterId;
import vn.dxmonitor.runtime.deadletter.ReplayOutcome;
import vn.dxmonitor.runtime.deadletter.Selection;

/**
 * {@code ./dx dlt}: the dead-letter topic as an operator's work queue, straight on Kafka.
 *
 * <pre>
 * list [--reason CODE] [--limit N]      counts by reason, then the letters, newest first
 * show PARTITION:OFFSET                 one letter in full: headers and the event's JSON
 * replay --reason CODE | --letters P:O[,P:O] | --all
 *                                       send letters back to dx.metric-events, once each
 * common: --bootstrap-servers HOST:PORT
 * </pre>
 *
 * <p>Kafka's other settings (SASL, TLS) and, without {@code --bootstrap-servers}, its brokers are
 * the services' own, from the environment ({@link ClientSettings}).
 */
public final class DltCommand {

  static final int DEFAULT_LIMIT = 50;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(VietnamTime.ZONE);
  private static final Set<String> LIST_OPTIONS = Set.of("reason", "limit", "bootstrap-servers");
  private static final Set<String> SHOW_OPTIONS = Set.of("letter", "bootstrap-servers");
  private static final Set<String> REPLAY_OPTIONS =
      Set.of("reason", "letters", "all", "bootstrap-servers");

  private final PrintStream out;
  private final PrintStream progress;
  private final DeadLetterQueue queue;
  private final String actor;

  DltCommand(PrintStream out, PrintStream progress, DeadLetterQueue queue, String actor) {
    this.out = out;
    this.progress = progress;
    this.queue = queue;
    this.actor = actor;
  }

  public static void main(String[] args) {
    // The lists and summaries are this command's output, for a person or a script at a terminal;
    // the progress bar goes to the error stream so a pipe gets only the lists.
    PrintStream out = System.out;
    try {
      Command command = Command.parse(args);
      DeadLetterQueue queue =
          new DeadLetterQueue(
              ClientSettings.fromEnvironment().kafka(command.options().get("bootstrap-servers")),
              Clock.systemUTC());
      new DltCommand(out, System.err, queue, "cli:" + System.getProperty("user.name")).run(command);
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException("dlt: " + e.getMessage());
    }
  }

  /** A sub-command and its {@code --name value} options. */
  record Command(String name, Map<String, String> options) {

    static Command parse(String[] args) {
      String name = args.length == 0 || args[0].startsWith("--") ? "list" : args[0];
      int first = args.length == 0 || args[0].startsWith("--") ? 0 : 1;
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = first; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--all")) {
          options.put("all", "true");
        } else if (arg.startsWith("--")) {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException("option " + arg + " needs a value");
          }
          options.put(arg.substring(2), args[++i]);
        } else if (!options.containsKey("letter")) {
          options.put("letter", arg);
        } else {
          throw new IllegalArgumentException("unexpected argument '" + arg + "'");
        }
      }
      Set<String> allowed =
          switch (name) {
            case "list" -> LIST_OPTIONS;
            case "show" -> SHOW_OPTIONS;
            case "replay" -> REPLAY_OPTIONS;
            default ->
                throw new IllegalArgumentException(
                    "unknown command '" + name + "'; there is: list, show, replay");
          };
      for (String option : options.keySet()) {
        if (!allowed.contains(option)) {
          throw new IllegalArgumentException(
              option.equals("letter")
                  ? "'" + options.get(option) + "' is not an option of dlt " + name
                  : "dlt " + name + " has no option --" + option);
        }
      }
      return new Command(name, options);
    }
  }

  void run(Command command) {
    switch (command.name()) {
      case "show" -> show(command.options());
      case "replay" -> replay(command.options());
      default -> list(command.options());
    }
  }

  void list(Map<String, String> options) {
    int limit = limit(options.get("limit"));
    String reason = options.get("reason");
    List<Letter> letters = read();
    Map<String, Long> counts = DeadLetterQueue.countByReason(letters);
    long replayed = letters.stream().filter(Letter::replayed).count();
    out.printf(
        Locale.ROOT,
        "%,d dead letters on dx.metric-events.dlt, %,d of them replayed%n",
        letters.size(),
        replayed);
    if (letters.isEmpty()) {
      return;
    }
    out.println();
    out.printf(Locale.ROOT, "%-32s %8s%n", "REASON", "LETTERS");
    counts.forEach((code, count) -> out.printf(Locale.ROOT, "%-32s %,8d%n", code, count));
    List<Letter> shown =
        letters.stream()
            .filter(letter -> reason == null || letter.reasonCode().equals(reason))
            .toList();
    if (reason != null && shown.isEmpty()) {
      throw new IllegalArgumentException(
          "no letter has the reason '" + reason + "'; the reasons are " + counts.keySet());
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-10s %-19s %-10s %-28s %-24s %-20s %s%n",
        "LETTER",
        "TIME (VN)",
        "UNIT",
        "INDICATOR",
        "EVENT ID",
        "REASON",
        "REPLAYED");
    for (Letter letter : shown.subList(0, Math.min(limit, shown.size()))) {
      out.printf(
          Locale.ROOT,
          "%-10s %-19s %-10s %-28s %-24s %-20s %s%n",
          letter.id(),
          TIME.format(letter.timestamp()),
          orDash(letter.unitCode()),
          orDash(letter.indicator()),
          orDash(letter.eventId()),
          letter.reasonCode(),
          letter.replayed() ? replayed(letter) : "-");
    }
    if (shown.size() > limit) {
      out.printf(
          Locale.ROOT,
          "… %,d more (--limit N shows more, --reason CODE one reason)%n",
          shown.size() - limit);
    }
  }

  void show(Map<String, String> options) {
    if (!options.containsKey("letter")) {
      throw new IllegalArgumentException("usage: dlt show PARTITION:OFFSET, e.g. dlt show 0:42");
    }
    LetterId id = LetterId.parse(options.get("letter"));
    Letter letter =
        read().stream()
            .filter(found -> found.id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no letter " + id + " on dx.metric-events.dlt (see dlt list)"));
    out.println("letter     " + letter.id());
    out.println("time       " + TIME.format(letter.timestamp()) + " (" + letter.timestamp() + ")");
    out.println("key        " + orDash(letter.key()));
    out.println("reason     " + letter.reason());
    out.println("event      " + orDash(letter.eventId()));
    out.println("unit       " + orDash(letter.unit()));
    out.println("indicator  " + orDash(letter.indicator()));
    out.println("replayed   " + (letter.replayed() ? replayed(letter) : "no"));
    out.println("headers");
    for (LetterHeader header : letter.headers()) {
      out.println("  " + header.key() + ": " + header.text());
    }
    out.println("value");
    out.println(letter.prettyValue());
  }

  void replay(Map<String, String> options) {
    long ways =
        options.keySet().stream().filter(Set.of("all", "reason", "letters")::contains).count();
    if (ways != 1) {
      throw new IllegalArgumentException(
          "usage: dlt replay --reason CODE | --letters P:O[,P:O] | --all (exactly one of them)");
    }
    Selection selection =
        options.containsKey("all")
            ? Selection.everything()
            : options.containsKey("reason")
                ? Selection.reason(options.get("reason"))
                : Selection.letters(LetterId.parseList(options.get("letters")));
    ReplayOutcome outcome = queue.replay(selection, actor);
    out.printf(
        Locale.ROOT,
        "replayed %,d, skipped %,d already replayed, %,d not found%n",
        outcome.replayed().size(),
        outcome.alreadyReplayed().size(),
        outcome.notFound().size());
    for (Letter letter : outcome.alreadyReplayed()) {
      out.println("  skipped " + letter.id() + ": replayed " + replayed(letter));
    }
    for (LetterId id : outcome.notFound()) {
      out.println("  not found " + id);
    }
    if (!outcome.notFound().isEmpty() && outcome.replayed().isEmpty()) {
      throw new IllegalArgumentException(
          "--letters named no letter on dx.metric-events.dlt: " + outcome.notFound());
    }
  }

  private List<Letter> read() {
    ProgressBar[] bar = new ProgressBar[1];
    return queue.read(
        (topic, done, total) -> {
          // A short queue needs no bar; a long one shows that the read moves.
          if (total >= 10_000) {
            if (bar[0] == null) {
              bar[0] = new ProgressBar(progress, "Reading " + topic, total);
            }
            bar[0].update(done);
          }
        });
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit > 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // the message below names it
    }
    throw new IllegalArgumentException(
        "--limit must be a whole number ≥ 1, but was '" + text + "'");
  }

  private static String replayed(Letter letter) {
    Instant at = letter.replay().at();
    return TIME.format(at) + " by " + letter.replay().by();
  }

  private static String orDash(String text) {
    return text == null || text.isEmpty() ? "-" : text;
  }
}
