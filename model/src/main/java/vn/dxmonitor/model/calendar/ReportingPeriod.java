package vn.dxmonitor.model.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period a figure is reported for: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}), a
 * half-year ({@code 2026-H2}) or a year ({@code 2026}). A reported figure counts as of the period's
 * last day.
 *
 * @param index the period's number within its year, from 1
 */
public record ReportingPeriod(ReportingCadence cadence, int year, int index) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  public ReportingPeriod {
    if (cadence == null) {
      throw new IllegalArgumentException("a reporting period needs a cadence");
    }
    if (index < 1 || index > cadence.perYear()) {
      throw new IllegalArgumentException(
          "a " + cadence + " period is numbered 1 to " + cadence.perYear() + ", not " + index);
    }
  }

  /**
   * The period {@code text} names, in one of the forms above (case aside); empty when it names
   * none.
   */
  public static Optional<ReportingPeriod> parse(String text) {
    String period = text.strip().toUpperCase(Locale.ROOT);
    Matcher matcher;
    if ((matcher = YEAR.matcher(period)).matches()) {
      return Optional.of(of(ReportingCadence.YEARLY, matcher.group(1), "1"));
    }
    if ((matcher = HALF.matcher(period)).matches()) {
      return Optional.of(of(ReportingCadence.HALF_YEARLY, matcher.group(1), matcher.group(2)));
    }
    if ((matcher = QUARTER.matcher(period)).matches()) {
      return Optional.of(of(ReportingCadence.QUARTERLY, matcher.group(1), matcher.group(2)));
    }
    if ((matcher = MONTH.matcher(period)).matches()) {
      return Optional.of(of(ReportingCadence.MONTHLY, matcher.group(1), matcher.group(2)));
    }
    return Optional.empty();
  }

  private static ReportingPeriod of(ReportingCadence cadence, String year, String index) {
    return new ReportingPeriod(cadence, Integer.parseInt(year), Integer.parseInt(index));
  }

  public LocalDate start() {
    return YearMonth.of(year, (index - 1) * cadence.months() + 1).atDay(1);
  }

  /** The last day, as of which the figure counts. */
  public LocalDate end() {
    return lastMonth().atEndOfMonth();
  }

  /** The period's last month, in which its deadline falls. */
  public YearMonth lastMonth() {
    return YearMonth.of(year, index * cadence.months());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  public ReportingPeriod previous() {
    return index == 1
        ? new ReportingPeriod(cadence, year - 1, cadence.perYear())
        : new ReportingPeriod(cadence, year, index - 1);
  }

  public ReportingPeriod next() {
    return index == cadence.perYear()
        ? new ReportingPeriod(cadence, year + 1, 1)
        : new ReportingPeriod(cadence, year, index + 1);
  }

  /**
   * The form {@link #parse} reads: {@code 2026-11}, {@code 2026-Q4}, {@code 2026-H2}, {@code 2026}.
   */
  public String id() {
    return switch (cadence) {
      case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", year, index);
      case QUARTERLY -> year + "-Q" + index;
      case HALF_YEARLY -> year + "-H" + index;
      case YEARLY -> String.valueOf(year);
    };
  }

  /** As a Vietnamese report names it: {@code Tháng 11/2026}, {@code Quý IV/2026}… */
  public String labelVi() {
    return switch (cadence) {
      case MONTHLY -> "Tháng " + index + "/" + year;
      case QUARTERLY -> "Quý " + ROMAN[index - 1] + "/" + year;
      case HALF_YEARLY -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case YEARLY -> "Năm " + year;
    };
  }

  public String labelEn() {
    return switch (cadence) {
      case MONTHLY ->
          YearMonth.of(year, index)
                  .getMonth()
                  .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year;
      case QUARTERLY -> "Q" + index + " " + year;
      case HALF_YEARLY -> (index == 1 ? "First half of " : "Second half of ") + year;
      case YEARLY -> String.valueOf(year);
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
