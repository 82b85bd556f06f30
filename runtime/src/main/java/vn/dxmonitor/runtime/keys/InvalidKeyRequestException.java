package vn.dxmonitor.runtime.keys;

import java.util.List;
import java.util.Map;

/** A key request with fields at fault, each with what is wrong with it. */
public class InvalidKeyRequestException extends RuntimeException {

  private final transient List<Map.Entry<String, String>> problems;

  public InvalidKeyRequestException(List<Map.Entry<String, String>> problems) {
    super(
        problems.stream()
            .map(problem -> problem.getKey() + ": " + problem.getValue())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid key request"));
    this.problems = List.copyOf(problems);
  }

  public List<Map.Entry<String, String>> problems() {
    return problems;
  }
}
