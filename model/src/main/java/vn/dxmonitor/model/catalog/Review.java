package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A review of an emulation movement (sơ kết, tổng kết) a plan schedules, where awards are decided
 * on the ranking as it stood that day.
 *
 * @param kind {@code interim} (sơ kết) or {@code final} (tổng kết)
 * @param collectives how many collectives (units) the plan lets the review award; null when the
 *     plan names no number
 * @param individuals how many individuals it lets the review award; null when it names no number
 */
public record Review(String kind, LocalDate date, Integer collectives, Integer individuals) {

  public static final String INTERIM = "interim";
  public static final String FINAL = "final";

  public Review {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    if (!INTERIM.equals(kind) && !FINAL.equals(kind)) {
      throw new IllegalArgumentException(
          "a review's kind must be interim or final, but was '" + kind + "'");
    }
  }

  public boolean isInterim() {
    return INTERIM.equals(kind);
  }
}
