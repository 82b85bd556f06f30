package vn.dxmonitor.bench.infra;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a benchmark's command line ({@code --name value} pairs, flags and {@code --help}) and its
 * numeric options: given on the command line, else {@code DX_BENCH_<NAME>}.
 */
public final class BenchArguments {

  private BenchArguments() {}

  /** The options given, by name without dashes, the flags given, and whether help was asked for. */
  public record Given(Map<String, String> options, Set<String> flags, boolean help) {}

  /** A command line without flags beside {@code --help}. */
  public static Given read(String[] args, Collection<String> names, String usage) {
    return read(args, names, List.of(), usage);
  }

  /**
   * @param names the options the benchmark knows, each followed by its value
   * @param flagNames the options it knows that take no value
   * @param usage printed with an unknown option
   * @throws BenchmarkFailedException for an option the benchmark does not know, or one without a
   *     value
   */
  public static Given read(
      String[] args, Collection<String> names, Collection<String> flagNames, String usage) {
    Map<String, String> given = new HashMap<>();
    Set<String> flags = new HashSet<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help")) {
        help = true;
      } else if (args[i].startsWith("--") && flagNames.contains(args[i].substring(2))) {
        flags.add(args[i].substring(2));
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        given.put(args[i].substring(2), args[++i]);
      } else {
        throw new BenchmarkFailedException("unknown option '" + args[i] + "'\n" + usage);
      }
    }
    for (String name : given.keySet()) {
      if (!names.contains(name)) {
        throw new BenchmarkFailedException("unknown option '--" + name + "'\n" + usage);
      }
    }
    return new Given(Map.copyOf(given), Set.copyOf(flags), help);
  }

  /**
   * @param name the option without its dashes, e.g. {@code events}
   * @throws BenchmarkFailedException when the value is not a whole number above 0
   */
  public static long positive(
      Map<String, String> given, Map<String, String> env, String name, long fallback) {
    String text =
        given.getOrDefault(
            name, env.get("DX_BENCH_" + name.toUpperCase(Locale.ROOT).replace('-', '_')));
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.strip().replace("_", ""));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BenchmarkFailedException(
        "--" + name + " must be a whole number above 0, but was '" + text + "'");
  }
}
