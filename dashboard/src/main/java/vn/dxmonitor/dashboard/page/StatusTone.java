package vn.dxmonitor.dashboard.page;

import java.util.Locale;
import vn.dxmonitor.model.trajectory.Status;

/**
 * The colour a status is shown in: green where the unit is where it should be, amber where it is
 * slipping, red where it is behind or failed, grey where nothing is known.
 */
public enum StatusTone {
  GREEN,
  AMBER,
  RED,
  GREY;

  public static StatusTone of(Status status) {
    if (status == null) {
      return GREY;
    }
    return switch (status) {
      case ACHIEVED, ON_TRACK -> GREEN;
      case AT_RISK -> AMBER;
      case BEHIND, MISSED, UNREACHABLE -> RED;
      case NO_DATA -> GREY;
    };
  }

  public String cssClass() {
    return "tone-" + name().toLowerCase(Locale.ROOT);
  }

  /** {@code status-on-track} for {@code ON_TRACK}: the class the page styles a cell by. */
  public static String statusClass(Status status) {
    return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
