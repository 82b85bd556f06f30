package vn.dxmonitor.model.unit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels targets are set for and units report at: the administrative tree, and the units that
 * sit under it (departments under a province; institutions and enterprises under a province or a
 * commune).
 */
public enum UnitLevel {
  PROVINCE(true, null),
  /** Abolished on 2025-07-01; kept so that targets set for it stay readable. */
  DISTRICT(true, LocalDate.of(2025, 7, 1)),
  COMMUNE(true, null),
  /** A provincial department, board or sector (sở, ban, ngành). */
  DEPARTMENT(false, null),
  /** A school, hospital or other public institution. */
  INSTITUTION(false, null),
  ENTERPRISE(false, null);

  private final boolean administrative;
  private final LocalDate abolishedOn;

  UnitLevel(boolean administrative, LocalDate abolishedOn) {
    this.administrative = administrative;
    this.abolishedOn = abolishedOn;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the levels of the state's administrative tree, which the reorganisation maps. */
  public boolean isAdministrative() {
    return administrative;
  }

  /** The day the level ceased to exist, if it did. */
  public Optional<LocalDate> abolishedOn() {
    return Optional.ofNullable(abolishedOn);
  }

  public static Optional<UnitLevel> fromId(String id) {
    return Arrays.stream(values()).filter(level -> level.id().equals(id)).findFirst();
  }
}
