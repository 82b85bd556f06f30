package vn.dxmonitor.bench.infra;

import java.util.Locale;
import java.util.Map;

/** Reads a benchmark's numeric option: given on the command line, else {@code DX_BENCH_<NAME>}. */
public final class BenchArguments {

  private BenchArguments() {}

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
