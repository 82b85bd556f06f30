package vn.dxmonitor.model.scorecard;

/**
 * What a unit shows on a sub-indicator's indicator over the scorecard's window: a value, no base (a
 * ratio whose denominator is zero: the unit had no dossiers of that kind), or nothing at all (a
 * measurement never reported).
 *
 * @param value the figure, null unless {@link Basis#MEASURED}
 */
public record Figure(Basis basis, Double value) {

  /** Why an item scored what it did. */
  public enum Basis {
    MEASURED,
    NO_BASE,
    NO_DATA
  }

  public Figure {
    if ((basis == Basis.MEASURED) != (value != null)) {
      throw new IllegalArgumentException(
          "a figure has a value exactly when it is measured, but was " + basis + " " + value);
    }
  }

  public static Figure of(double value) {
    return new Figure(Basis.MEASURED, value);
  }

  /** A ratio's figure from its counts: no base when nothing was counted. */
  public static Figure ratio(long numerator, long denominator) {
    return denominator == 0 ? noBase() : of(100.0 * numerator / denominator);
  }

  public static Figure noBase() {
    return new Figure(Basis.NO_BASE, null);
  }

  public static Figure noData() {
    return new Figure(Basis.NO_DATA, null);
  }
}
