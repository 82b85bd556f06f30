package vn.dxmonitor.model.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where a unit is heading: the least-squares line through its recent daily values, read at the
 * deadline. Needs at least two distinct days; a flat history projects itself.
 */
public final class Projection {

  private Projection() {}

  /** One daily history point. */
  public record DailyValue(LocalDate day, double value) {}

  public static OptionalDouble atDeadline(List<DailyValue> recent, LocalDate deadline) {
    if (recent.size() < 2) {
      return OptionalDouble.empty();
    }
    double n = recent.size();
    double meanX = recent.stream().mapToDouble(p -> p.day().toEpochDay()).sum() / n;
    double meanY = recent.stream().mapToDouble(DailyValue::value).sum() / n;
    double covariance = 0;
    double variance = 0;
    for (DailyValue point : recent) {
      double dx = point.day().toEpochDay() - meanX;
      covariance += dx * (point.value() - meanY);
      variance += dx * dx;
    }
    if (variance == 0) {
      return OptionalDouble.empty();
    }
    double slope = covariance / variance;
    return OptionalDouble.of(meanY + slope * (deadline.toEpochDay() - meanX));
  }
}
