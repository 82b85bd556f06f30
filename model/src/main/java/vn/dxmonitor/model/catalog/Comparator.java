package vn.dxmonitor.model.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How a target compares an actual value with its target value. */
public enum Comparator {
  AT_LEAST(">="),
  MORE_THAN(">"),
  AT_MOST("<="),
  LESS_THAN("<");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isMet(double actual, double target) {
    return switch (this) {
      case AT_LEAST -> actual >= target;
      case MORE_THAN -> actual > target;
      case AT_MOST -> actual <= target;
      case LESS_THAN -> actual < target;
    };
  }

  /** False for ranks and other quantities where a smaller value is the better one. */
  public boolean higherIsBetter() {
    return this == AT_LEAST || this == MORE_THAN;
  }

  public static Optional<Comparator> fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }
}
