package vn.dxmonitor.model.scorecard;

import java.util.Arrays;
import java.util.Optional;

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

  public static Optional<ScoreWindow> fromId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
