package vn.dxmonitor.model.scorecard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import vn.dxmonitor.model.time.CalendarStarts;

/** Over which counts a scorecard reads its ratios. */
public enum ScoreWindow {
  /** Each indicator's own trailing window (30 days for the dossier indicators): the live score. */
  TRAILING("trailing"),
  /** From the first of the calendar month the scored day lies in (Vietnam time). */
  MONTH("month"),
  /**
   * From the first of the calendar quarter the scored day lies in: 1 January, April, July, October.
   */
  QUARTER("quarter"),
  /** From the first of January: what the year's published score will be made of. */
  YEAR_TO_DATE("year-to-date");

  private final String id;

  ScoreWindow(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * The first day of the calendar period holding {@code day} that the window reads counts from;
   * empty for the trailing window, which has no period.
   */
  public Optional<LocalDate> periodStart(LocalDate day) {
    return switch (this) {
      case TRAILING -> Optional.empty();
      case MONTH -> Optional.of(CalendarStarts.month(day));
      case QUARTER -> Optional.of(CalendarStarts.quarter(day));
      case YEAR_TO_DATE -> Optional.of(CalendarStarts.year(day));
    };
  }

  public static Optional<ScoreWindow> fromId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
