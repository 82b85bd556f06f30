package vn.dxmonitor.ingest.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.dxmonitor.model.calendar.ReportingPeriod;

/**
 * The period a reported figure covers: {@code 2025}, {@code 2025-H1}, {@code 2025-Q3}, {@code
 * 2025-09} or {@code 2025-09-30}. A figure counts as of the last day of its period.
 */
public final class ReportPeriod {

  private ReportPeriod() {}

  /** The last day of the period, or empty when {@code text} is not one of the forms. */
  public static Optional<LocalDate> lastDay(String text) {
    Optional<ReportingPeriod> period = ReportingPeriod.parse(text);
    if (period.isPresent()) {
      return Optional.of(period.get().end());
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
