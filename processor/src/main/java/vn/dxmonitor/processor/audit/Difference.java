package vn.dxmonitor.processor.audit;

/**
 * One way a published value differs from its recount.
 *
 * @param where {@code topic} ({@code dx.indicator-values}) or {@code index} ({@code dx-indicators})
 * @param key the unit and indicator
 * @param field what differs: {@code events}, {@code numerator}, {@code denominator}, {@code value},
 *     or {@code presence} when one side has the key and the other has not
 */
public record Difference(String where, String key, String field, Object expected, Object actual) {

  @Override
  public String toString() {
    return where + " " + key + " " + field + ": expected " + expected + ", found " + actual;
  }
}
