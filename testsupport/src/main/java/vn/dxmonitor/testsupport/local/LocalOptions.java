package vn.dxmonitor.testsupport.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} pairs the local run's launchers take from {@code ./dx}. */
final class LocalOptions {

  private LocalOptions() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "expected --name value pairs, got '" + args[i] + "' at position " + (i + 1));
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
