package vn.dxmonitor.model.unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The levels targets are set for: the administrative tree plus departments and institutions. */
public enum UnitLevel {
  PROVINCE,
  /** Abolished on 2025-07-01; kept so that targets set for it stay readable. */
  DISTRICT,
  COMMUNE,
  DEPARTMENT,
  INSTITUTION;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<UnitLevel> fromId(String id) {
    return Arrays.stream(values()).filter(level -> level.id().equals(id)).findFirst();
  }
}
