package vn.dxmonitor.dashboard.page;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.runtime.json.JsonCodec;

/** How every status is named and coloured, for the templates and for the pages' scripts. */
public final class StatusLabels {

  /** Shown for a unit that reports an indicator no plan sets a target for at its level. */
  public static final String NO_TARGET = "NO_TARGET";

  static final String NO_TARGET_CLASS = "status-no-target";

  private StatusLabels() {}

  public static String label(PageText text, Status status) {
    return text.get("status." + status.name());
  }

  /** {@code {STATUS: {label, statusClass, toneClass}}} for every status and for no target. */
  public static String json(PageText text) {
    Map<String, Map<String, String>> statuses = new LinkedHashMap<>();
    for (Status status : Status.values()) {
      statuses.put(
          status.name(),
          Map.of(
              "label",
              label(text, status),
              "statusClass",
              StatusTone.statusClass(status),
              "toneClass",
              StatusTone.of(status).cssClass()));
    }
    statuses.put(
        NO_TARGET,
        Map.of(
            "label",
            text.get("status." + NO_TARGET),
            "statusClass",
            NO_TARGET_CLASS,
            "toneClass",
            StatusTone.GREY.cssClass()));
    return JsonCodec.writeString(statuses);
  }
}
