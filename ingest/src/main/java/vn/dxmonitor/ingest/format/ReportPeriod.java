package vn.dxmonitor.ingest.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a reported figure covers: {@code 2025}, {@code 2025-H1}, {@code 2025-Q3}, {@code
 * 2025-09} or {@code 2025-09-30}. A figure counts as of the last day of its period.
 */
public final class ReportPeriod {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private ReportPeriod() {}

  /** The last day of the period, or empty when {@code text} is not one of the forms. */
  public static Optional<LocalDate> lastDay(String text) {
    String period = text.strip().toUpperCase(java.util.Locale.ROOT);
    Matcher matcher;
    if ((matcher = YEAR.matcher(period)).matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), 12, 31));
    }
    if ((matcher = HALF.matcher(period)).matches()) {
      int year = Integer.parseInt(matcher.group(1));
      return Optional.of(YearMonth.of(year, 6 * Integer.parseInt(matcher.group(2))).atEndOfMonth());
    }
    if ((matcher = QUARTER.matcher(period)).matches()) {
      int year = Integer.parseInt(matcher.group(1));
      return Optional.of(YearMonth.of(year, 3 * Integer.parseInt(matcher.group(2))).atEndOfMonth());
    }
    try {
      return Optional.of(
          period.length() == 7 ? YearMonth.parse(period).atEndOfMonth() : LocalDate.parse(period));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
