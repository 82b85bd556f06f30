package vn.dxmonitor.dashboard.national;

import java.util.List;

/**
 * The provinces side by side, for a national viewer: each one's targets by tone, its live 766
 * estimate and its DTI rank, and a ranked chart of the 766 estimates.
 *
 * @param chart the ranked chart as JSON: labels, scores, the axis and its maximum
 */
public record NationalView(String dayIso, List<Row> rows, String chart, boolean searchFailed) {

  /**
   * A province. The {@code *Sort} values order the table; a missing figure sorts last.
   *
   * @param green targets achieved or on track; {@code amber} at risk; {@code red} behind, missed or
   *     unreachable; {@code grey} without data
   */
  public record Row(
      String code,
      String name,
      int green,
      int amber,
      int red,
      int grey,
      String score766,
      String score766Sort,
      boolean measured,
      String dtiRank,
      String dtiRankSort) {}
}
