package vn.dxmonitor.model.value;

/**
 * The key of a unit's value for an indicator, on the compacted topic and as the document id: {@code
 * unit|indicator}. Neither part may contain the separator, which the catalog guarantees.
 */
public record ValueKey(String unit, String indicator) {

  private static final char SEPARATOR = '|';

  public static String of(String unit, String indicator) {
    return unit + SEPARATOR + indicator;
  }

  public static ValueKey parse(String key) {
    int at = key.indexOf(SEPARATOR);
    if (at < 0) {
      throw new IllegalArgumentException("not a value key (unit|indicator): " + key);
    }
    return new ValueKey(key.substring(0, at), key.substring(at + 1));
  }

  @Override
  public String toString() {
    return of(unit, indicator);
  }
}
