package vn.dxmonitor.model.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which holiday a day off is, by a name that stays the same every year, so that a recurring silence
 * can name it ({@code tet}) whatever its dates that year.
 */
public enum HolidayKind {
  NEW_YEAR("new-year"),
  TET("tet"),
  HUNG_KINGS("hung-kings"),
  REUNIFICATION("reunification"),
  LABOUR_DAY("labour-day"),
  NATIONAL_DAY("national-day"),
  /** A day a plan adds: a bridging day a year's decision gives, a province's own day off. */
  EXTRA("extra");

  private final String id;

  HolidayKind(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** The kind {@code id} names, as stored. */
  @JsonCreator
  public static HolidayKind of(String id) {
    return fromId(id).orElseThrow(() -> new IllegalArgumentException("no holiday '" + id + "'"));
  }

  /** The public holidays' kinds: every one but a plan's extra days. */
  public static List<HolidayKind> publicHolidays() {
    return Arrays.stream(values()).filter(kind -> kind != EXTRA).toList();
  }

  public static Optional<HolidayKind> fromId(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
  }
}
