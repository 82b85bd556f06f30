package vn.dxmonitor.dashboard.scorecard;

import java.util.List;

/**
 * The official-index page laid out: a unit's score on the chosen scorecard, its groups (as rows and
 * a stacked chart of points earned and lost), its losses biggest first, and the units under it.
 *
 * @param published the official published score, empty when none was reported
 * @param difference the live estimate less the published score, signed
 * @param leaderName the province with the best score among those the viewer sees, when the unit
 *     shown is a province and another one leads; empty otherwise
 * @param groupChart the groups' chart as JSON: labels, points earned and lost, their names, axis
 * @param unitsChart the units' chart as JSON: labels, scores, the axis and its maximum
 */
public record IndexBoard(
    String unitCode,
    String unitName,
    String dayIso,
    String todayIso,
    boolean past,
    List<Choice> cards,
    String cardId,
    String cardName,
    String source,
    String points,
    String outOf,
    String index,
    String lostPoints,
    boolean measured,
    String published,
    String difference,
    String leaderName,
    List<GroupRow> groups,
    String groupChart,
    List<LostRow> lost,
    List<UnitRow> units,
    String unitsChart,
    boolean searchFailed) {

  /** How many units under the one shown counted something: the bars of the units' chart. */
  public long measuredUnits() {
    return units.stream().filter(UnitRow::measured).count();
  }

  /** A scorecard to choose. */
  public record Choice(String id, String label, boolean selected) {}

  /** A group: points of its maximum, what it lost, and how far behind the leader's it is. */
  public record GroupRow(
      String id, String name, String points, String maxPoints, String lost, String gapToLeader) {}

  /** A sub-indicator that lost points, with the figure that cost them and why. */
  public record LostRow(
      String id,
      String name,
      String group,
      String figure,
      String points,
      String maxPoints,
      String lost) {}

  /** A unit under the one shown, with a link to its own board. */
  public record UnitRow(String code, String name, String level, String points, boolean measured) {}
}
