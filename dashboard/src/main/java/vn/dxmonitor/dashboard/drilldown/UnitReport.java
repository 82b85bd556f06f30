package vn.dxmonitor.dashboard.drilldown;

import java.util.List;
import vn.dxmonitor.dashboard.page.Board;

/**
 * One unit's page: every indicator it is judged on or reported, each with its trend chart, and its
 * alerts; in the reader's language.
 *
 * @param path the units above it, the province first, for the breadcrumb
 * @param hasChildren whether there are units under it to drill into
 * @param cards the indicators with a value on the day shown
 * @param silent the indicators it is judged on but had no value for on the day shown
 */
public record UnitReport(
    String code,
    String name,
    String level,
    List<Crumb> path,
    boolean hasChildren,
    String day,
    String dayIso,
    String todayIso,
    boolean past,
    List<IndicatorCard> cards,
    List<IndicatorCard> silent,
    List<UnitAlert> alerts,
    boolean searchFailed) {

  /** A unit above this one. */
  public record Crumb(String code, String name) {}

  /**
   * One indicator of the unit.
   *
   * @param chart the trend chart's data as JSON, read by the page's script
   */
  public record IndicatorCard(
      String indicator,
      String name,
      String pillar,
      String plan,
      String value,
      String expected,
      String target,
      String deadline,
      String gap,
      String daysBehind,
      String projected,
      String statusLabel,
      String statusClass,
      String toneClass,
      String chart) {}

  /** An alert about the unit, in any state. */
  public record UnitAlert(String state, String stateLabel, Board.AlertItem item) {}
}
