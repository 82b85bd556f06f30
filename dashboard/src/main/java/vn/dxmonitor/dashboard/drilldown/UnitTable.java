package vn.dxmonitor.dashboard.drilldown;

import java.util.List;

/**
 * One level of units under a unit, against every indicator a plan sets that level a target for, and
 * the whole subtree as a tree; already in the reader's language, so the template only lays it out.
 *
 * @param day the day shown, as the reader writes dates
 * @param dayIso the day shown, for the date picker
 * @param todayIso today, the latest day the picker offers
 * @param past the page shows a past day, not the live picture
 */
public record UnitTable(
    String rootCode,
    String rootName,
    String day,
    String dayIso,
    String todayIso,
    boolean past,
    List<LevelTab> levels,
    String level,
    List<Column> columns,
    List<Row> rows,
    TreeNode tree,
    boolean searchFailed) {

  /** A level the reader can switch to, with how many units it has. */
  public record LevelTab(String id, String label, int count, boolean active) {}

  /** An indicator, one column. */
  public record Column(String id, String name, String unitOfMeasure) {}

  /**
   * A unit, one row.
   *
   * @param statusRank the worst status's place, worst first, for sorting
   */
  public record Row(
      String code,
      String name,
      String statusLabel,
      String statusClass,
      String toneClass,
      int statusRank,
      List<Cell> cells) {}

  /**
   * One unit on one indicator.
   *
   * @param sortValue the value as a plain number for sorting; empty where there is none
   */
  public record Cell(
      String value,
      String sortValue,
      String expected,
      String target,
      String statusLabel,
      String statusClass,
      String toneClass) {}

  /** A unit in the tree, at its worst status, with the units under it. */
  public record TreeNode(
      String code,
      String name,
      String level,
      String statusLabel,
      String statusClass,
      String toneClass,
      List<TreeNode> children) {}
}
