package vn.dxmonitor.runtime.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The problems a catalog document has, each prefixed by the path of its field ({@code
 * plans[2].targets[5].comparator}), gathered so that an editor sees them all at once. The readers
 * of every kind of catalog document check their fields through this one set of rules.
 */
final class FieldProblems {

  private final List<String> problems = new ArrayList<>();

  static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  void add(String problem) {
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void throwIfAny(String origin) {
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(origin, List.copyOf(problems));
    }
  }

  /** The value, or null with a problem when it is missing or blank. */
  <T> T required(String path, T value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      problems.add(path + ": is required");
      return null;
    }
    return value;
  }

  /** The option whose id the value is, or null with a problem listing the ids allowed. */
  <E> E oneOf(String path, String value, E[] options, Function<E, String> id) {
    if (required(path, value) == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (E option : options) {
      if (id.apply(option).equals(value)) {
        return option;
      }
      ids.add(id.apply(option));
    }
    problems.add(
        String.format(
            Locale.ROOT,
            "%s: must be one of %s, but was '%s'",
            path,
            String.join(", ", ids),
            value));
    return null;
  }
}
