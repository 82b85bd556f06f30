package vn.dxmonitor.model.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The civil calendar the plans are written in. Deadlines ("by 31/12/2025"), daily history points
 * and year-to-date windows are all Vietnamese dates, whatever zone a server runs in.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The last moment of the day in Vietnam. */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
  }
}
