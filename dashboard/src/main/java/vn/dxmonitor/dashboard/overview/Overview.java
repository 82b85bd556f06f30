package vn.dxmonitor.dashboard.overview;

import java.util.List;
import vn.dxmonitor.dashboard.page.Board;

/**
 * The province overview as the page shows it, already in the reader's language and number format.
 *
 * @param pillars the three pillars, each with the indicators the province has a target for
 * @param counts how many of the province's units stand at each status, judged by their worst
 *     indicator
 * @param unitStatuses JSON {@code {unit: {indicator: status}}} of those units, for the script that
 *     recounts them as values stream in
 * @param statuses label and classes of every status as JSON, for the same script
 */
public record Overview(
    String rootCode,
    String rootName,
    String asOf,
    List<PillarSection> pillars,
    List<StatusCount> counts,
    int unitsCounted,
    String unitStatuses,
    String statuses,
    List<Board.AlertItem> alerts,
    boolean searchFailed) {

  /** One pillar and its indicators' bullets. */
  public record PillarSection(String id, String name, List<BulletItem> bullets) {}

  /** The number of units at one status. */
  public record StatusCount(
      String status, String label, String statusClass, String toneClass, int count) {}
}
