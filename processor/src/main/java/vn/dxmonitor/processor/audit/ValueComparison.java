package vn.dxmonitor.processor.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.value.IndicatorValue;

/** Compares published values, key by key, with their recount. */
public final class ValueComparison {

  /** Sums of floating-point figures may differ in their last bits from a sum in another order. */
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private ValueComparison() {}

  /**
   * @param where names the side compared, for the differences
   * @param published the latest value per key on that side
   */
  public static List<Difference> compare(
      Recount recount, Map<String, IndicatorValue> published, String where) {
    List<Difference> differences = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(recount.keys());
    keys.addAll(published.keySet());
    for (String key : keys) {
      IndicatorValue value = published.get(key);
      if (value == null) {
        differences.add(new Difference(where, key, "presence", "a value", "none"));
        continue;
      }
      Optional<Recounted> expected =
          recount.expected(
              key, VietnamTime.dateOf(value.updatedAt()), value.periodToDate().periodStart());
      if (expected.isEmpty()) {
        differences.add(new Difference(where, key, "presence", "none", "a value"));
        continue;
      }
      Recounted recounted = expected.get();
      check(differences, where, key, "events", recounted.events(), value.activity().events());
      check(
          differences, where, key, "numerator", recounted.numerator(), value.window().numerator());
      check(
          differences,
          where,
          key,
          "denominator",
          recounted.denominator(),
          value.window().denominator());
      if (!close(recounted.value(), value.window().value())) {
        differences.add(
            new Difference(where, key, "value", recounted.value(), value.window().value()));
      }
    }
    return differences;
  }

  private static void check(
      List<Difference> differences,
      String where,
      String key,
      String field,
      long expected,
      long actual) {
    if (expected != actual) {
      differences.add(new Difference(where, key, field, expected, actual));
    }
  }

  static boolean close(Double expected, Double actual) {
    if (expected == null || actual == null) {
      return Objects.equals(expected, actual);
    }
    double scale = Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
    return Math.abs(expected - actual) <= RELATIVE_TOLERANCE * scale;
  }
}
