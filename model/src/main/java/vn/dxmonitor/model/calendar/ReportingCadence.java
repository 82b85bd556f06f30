package vn.dxmonitor.model.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How often a figure is reported by the units themselves rather than streamed by a source system:
 * an indicator whose cadence is a month or longer is reported, one of days or weeks is streamed.
 * The periods are those of Vietnam's state reporting regime (Decree 09/2019/NĐ-CP): months,
 * quarters, halves and years of the calendar.
 */
public enum ReportingCadence {
  MONTHLY(1),
  QUARTERLY(3),
  HALF_YEARLY(6),
  YEARLY(12);

  private final int months;

  ReportingCadence(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** How many periods a year holds. */
  public int perYear() {
    return 12 / months;
  }

  /**
   * The reporting cadence of an indicator's cadence; empty for one under a month, which a source
   * system streams.
   *
   * @throws IllegalArgumentException for a cadence of months that is not a month, quarter, half or
   *     year, which no reporting regime uses
   */
  public static Optional<ReportingCadence> of(Period cadence) {
    long total = cadence.toTotalMonths();
    if (total == 0) {
      return Optional.empty();
    }
    for (ReportingCadence candidate : values()) {
      if (candidate.months == total && cadence.getDays() == 0) {
        return Optional.of(candidate);
      }
    }
    throw new IllegalArgumentException(
        "a reporting cadence must be P1M, P3M, P6M or P1Y, but was " + cadence);
  }

  /** The period of this cadence that holds {@code day}. */
  public ReportingPeriod periodOf(LocalDate day) {
    return new ReportingPeriod(this, day.getYear(), (day.getMonthValue() - 1) / months + 1);
  }
}
