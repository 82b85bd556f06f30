package vn.dxmonitor.processor.window;

/**
 * A numerator and a denominator summed over some span: a ratio-of-counts indicator's two counts, or
 * a counter's increments (in {@code numerator}, the denominator staying 0).
 */
public record Counts(long numerator, long denominator) {

  public static final Counts NONE = new Counts(0, 0);

  public Counts plus(Counts other) {
    return new Counts(numerator + other.numerator, denominator + other.denominator);
  }

  public boolean isEmpty() {
    return numerator == 0 && denominator == 0;
  }

  /** 100·numerator/denominator, or null over an empty denominator. */
  public Double percent() {
    return denominator == 0 ? null : 100.0 * numerator / denominator;
  }
}
