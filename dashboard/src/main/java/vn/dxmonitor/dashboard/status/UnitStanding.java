package vn.dxmonitor.dashboard.status;

import java.util.Collection;
import java.util.List;
import vn.dxmonitor.model.trajectory.Status;

/**
 * A unit's standing over all its indicators: its worst status, so that a commune behind on one
 * target is counted as behind however well it does on the others. A unit with no status known on
 * any target has no data. The page's script ranks statuses in the same order.
 */
public final class UnitStanding {

  /** Worst first. */
  public static final List<Status> ORDER =
      List.of(
          Status.MISSED,
          Status.UNREACHABLE,
          Status.BEHIND,
          Status.AT_RISK,
          Status.ON_TRACK,
          Status.ACHIEVED,
          Status.NO_DATA);

  private UnitStanding() {}

  public static Status of(Collection<Status> statuses) {
    Status worst = Status.NO_DATA;
    for (Status status : statuses) {
      if (status != null && ORDER.indexOf(status) < ORDER.indexOf(worst)) {
        worst = status;
      }
    }
    return worst;
  }
}
