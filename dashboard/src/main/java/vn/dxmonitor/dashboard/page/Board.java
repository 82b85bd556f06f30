package vn.dxmonitor.dashboard.page;

import java.util.List;
import vn.dxmonitor.model.trajectory.Status;

/**
 * Everything the page shows, already in the reader's language and number format, so the template
 * only lays it out.
 *
 * @param rows the province first, then its units in registry order
 * @param statuses label and classes of every status as JSON, for the script that applies updates
 * @param searchFailed the values could not be read; the cells show no data and the page says why
 */
public record Board(
    String rootCode,
    String rootName,
    List<Column> columns,
    List<Row> rows,
    List<AlertItem> alerts,
    List<Legend> legend,
    String statuses,
    boolean searchFailed) {

  /** An indicator, one column of the table. */
  public record Column(String id, String name, String unitOfMeasure) {}

  /** A unit, one row of the table. */
  public record Row(String code, String name, String level, boolean root, List<Cell> cells) {}

  /**
   * One unit on one indicator. Numbers are formatted; {@link Numbers#NONE} where there is none.
   *
   * @param target the comparator and the target value, e.g. {@code >= 90,0}
   */
  public record Cell(
      String unit,
      String indicator,
      String value,
      String expected,
      String target,
      String deadline,
      Status status,
      String statusClass,
      String toneClass,
      String statusLabel,
      String updatedAt) {}

  /** A firing alert in the side list. */
  public record AlertItem(
      String unitName,
      String indicatorName,
      String severity,
      String summary,
      String value,
      String expected,
      String since) {}

  /** One entry of the colour legend. */
  public record Legend(String label, String statusClass, String toneClass) {}
}
