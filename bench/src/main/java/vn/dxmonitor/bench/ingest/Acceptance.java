package vn.dxmonitor.bench.ingest;

import java.util.Optional;

/**
 * Whether the ingest API took a whole request: {@code 202} with {@code accepted} equal to the
 * events sent, no duplicates and nothing rejected. A benchmark that counted refused events as done
 * would measure how fast the API says no.
 */
public final class Acceptance {

  private static final int EXCERPT = 300;

  private Acceptance() {}

  /** What was wrong with the answer, or empty when every event was accepted. */
  public static Optional<String> problemWith(int status, String body, int sent) {
    if (status != 202) {
      return Optional.of("status " + status + ": " + excerpt(body));
    }
    long accepted = number(body, "accepted");
    if (accepted != sent) {
      return Optional.of(
          (accepted < 0 ? "no 'accepted' count" : "accepted " + accepted + " of " + sent)
              + ": "
              + excerpt(body));
    }
    long duplicates = number(body, "duplicates");
    if (duplicates > 0) {
      return Optional.of(duplicates + " duplicates: " + excerpt(body));
    }
    if (!emptyOrAbsentArray(body, "rejected")) {
      return Optional.of("rejected events: " + excerpt(body));
    }
    return Optional.empty();
  }

  /** The whole number after {@code "field":}, or -1 when there is none. */
  static long number(String json, String field) {
    int at = valueStart(json, field);
    if (at < 0 || at >= json.length() || !Character.isDigit(json.charAt(at))) {
      return -1;
    }
    long value = 0;
    while (at < json.length() && Character.isDigit(json.charAt(at))) {
      value = value * 10 + (json.charAt(at++) - '0');
    }
    return value;
  }

  private static boolean emptyOrAbsentArray(String json, String field) {
    int at = valueStart(json, field);
    if (at < 0) {
      return true;
    }
    if (at >= json.length() || json.charAt(at) != '[') {
      return false;
    }
    at = skipSpace(json, at + 1);
    return at < json.length() && json.charAt(at) == ']';
  }

  /** Where the value of {@code "field"} starts, past the colon and any space; -1 if absent. */
  private static int valueStart(String json, String field) {
    int at = json.indexOf('"' + field + '"');
    if (at < 0) {
      return -1;
    }
    at = skipSpace(json, at + field.length() + 2);
    if (at >= json.length() || json.charAt(at) != ':') {
      return -1;
    }
    return skipSpace(json, at + 1);
  }

  private static int skipSpace(String json, int at) {
    while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
      at++;
    }
    return at;
  }

  private static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }
}
