package vn.dxmonitor.model.unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit as it was over an interval: its name, type and parent then. {@code validFrom} null means
 * "since before the registry begins", {@code validTo} (exclusive) null means "still valid".
 *
 * @param type the statistics office's type, e.g. Tỉnh, Phường, Xã, Đặc khu
 */
public record UnitVersion(Unit unit, String type, LocalDate validFrom, LocalDate validTo) {

  public UnitVersion {
    Objects.requireNonNull(unit, "unit");
    if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "validTo must be after validFrom for unit "
              + unit.code()
              + ", but was "
              + validFrom
              + " → "
              + validTo);
    }
  }

  public boolean isValidAt(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || date.isBefore(validTo));
  }
}
