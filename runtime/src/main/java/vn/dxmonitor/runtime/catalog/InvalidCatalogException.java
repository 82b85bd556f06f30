package vn.dxmonitor.runtime.catalog;

import java.util.List;

/** A catalog document that cannot be used, with every problem found in it. */
public class InvalidCatalogException extends RuntimeException {

  private final List<String> problems;

  public InvalidCatalogException(String origin, List<String> problems) {
    super("invalid catalog " + origin + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
