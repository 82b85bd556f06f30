package vn.dxmonitor.model.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The nearest known ids to one that is not known, so an error can say what was probably meant. A
 * hostile batch can hold thousands of unknown codes, so unit codes are matched by looking up their
 * one-edit neighbours rather than by comparing against every unit, and only codes and ids of
 * plausible length get suggestions at all: the cost of one stays small however long it is.
 */
public final class Suggestions {

  private static final int MOST = 3;
  private static final String CODE_ALPHABET =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-._";

  /** Ids longer than any the catalog uses get no suggestion: the work grows with the length. */
  private static final int LONGEST_ID = 64;

  /**
   * Codes longer than this get no suggestion: unit codes are two to five digits, and the one-edit
   * neighbours of a code grow with the square of its length.
   */
  static final int LONGEST_CODE = 12;

  private Suggestions() {}

  /** {@code "; did you mean 'a', 'b'?"}, or empty when nothing is close. */
  public static String phrase(List<String> nearest) {
    if (nearest.isEmpty()) {
      return "";
    }
    return "; did you mean "
        + String.join(", ", nearest.stream().map(s -> "'" + s + "'").toList())
        + "?";
  }

  /** Known ids within a few edits of {@code wanted}, closest first. */
  public static List<String> nearest(String wanted, Collection<String> known) {
    if (wanted == null || wanted.length() > LONGEST_ID) {
      return List.of();
    }
    String lower = wanted.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, wanted.length() / 3);
    List<Candidate> candidates = new ArrayList<>();
    for (String id : known) {
      int distance = distance(lower, id.toLowerCase(Locale.ROOT), limit);
      if (distance <= limit) {
        candidates.add(new Candidate(id, distance));
      }
    }
    return candidates.stream()
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
        .limit(MOST)
        .map(Candidate::id)
        .toList();
  }

  /**
   * Known codes one edit away from {@code wanted} — a character dropped, added or mistyped — those
   * sharing the longest beginning with it first: a commune's code differs from its neighbours' in
   * the last digits, so a slip there is the likelier one.
   */
  public static List<String> oneEditAway(String wanted, Predicate<String> known) {
    if (wanted == null || wanted.isEmpty() || wanted.length() > LONGEST_CODE) {
      return List.of();
    }
    Set<String> found = new TreeSet<>();
    for (int i = wanted.length(); i >= 0; i--) {
      if (i < wanted.length()) {
        consider(wanted.substring(0, i) + wanted.substring(i + 1), known, found);
      }
      for (int c = 0; c < CODE_ALPHABET.length(); c++) {
        char letter = CODE_ALPHABET.charAt(c);
        consider(wanted.substring(0, i) + letter + wanted.substring(i), known, found);
        if (i < wanted.length() && wanted.charAt(i) != letter) {
          consider(wanted.substring(0, i) + letter + wanted.substring(i + 1), known, found);
        }
      }
    }
    return found.stream()
        .sorted(
            Comparator.comparingInt((String code) -> -commonPrefix(code, wanted))
                .thenComparing(Comparator.naturalOrder()))
        .limit(MOST)
        .toList();
  }

  private static int commonPrefix(String a, String b) {
    int length = 0;
    while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
      length++;
    }
    return length;
  }

  private static void consider(String code, Predicate<String> known, Set<String> found) {
    if (!code.isEmpty() && known.test(code)) {
      found.add(code);
    }
  }

  /** Levenshtein distance, giving up (returning {@code limit + 1}) once it must exceed limit. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowBest = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
        rowBest = Math.min(rowBest, current[j]);
      }
      if (rowBest > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Candidate(String id, int distance) {}
}
