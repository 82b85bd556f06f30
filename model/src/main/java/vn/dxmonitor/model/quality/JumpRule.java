package vn.dxmonitor.model.quality;

import vn.dxmonitor.model.catalog.IndicatorKind;

/**
 * When a figure is implausible for its indicator's kind.
 *
 * @param zLimit the modified z-score beyond which a figure is flagged; 3.5 is Iglewicz and
 *     Hoaglin's recommendation for outliers
 * @param minHistory the fewest earlier figures of the unit before its own history is asked (the
 *     changes between them are what a new change is compared with)
 * @param minPeers the fewest peer figures before the peers are asked
 * @param scaleFloor the smallest deviation taken as meaningful, in the figure's unit
 */
public record JumpRule(double zLimit, int minHistory, int minPeers, double scaleFloor) {

  public JumpRule {
    if (zLimit <= 0 || minHistory < 3 || minPeers < 3 || scaleFloor <= 0) {
      throw new IllegalArgumentException(
          "a jump rule needs zLimit > 0, minHistory ≥ 3, minPeers ≥ 3 and scaleFloor > 0, but was "
              + this);
    }
  }

  /**
   * The documented defaults per kind (README, "Data quality"): shares of cases or units move in
   * whole percentage points, so a point is the least meaningful step; measurements (a share of
   * GRDP, a growth rate) are reported to a tenth, so half a point; a count of enterprises or
   * products may differ by a couple between two honest reports.
   */
  public static JumpRule forKind(IndicatorKind kind) {
    return switch (kind) {
      case RATIO_OF_COUNTS, COVERAGE -> new JumpRule(3.5, 4, 5, 1.0);
      case MEASUREMENT -> new JumpRule(3.5, 4, 5, 0.5);
      case COUNTER -> new JumpRule(3.5, 4, 5, 2.0);
    };
  }
}
