package vn.dxmonitor.dashboard.submission;

import java.util.List;

/**
 * A period's reporting completeness under a unit, as the API and the overview show it.
 *
 * @param overdueUnits the late units, each with its name and the indicators it owes
 */
public record CompletenessView(
    String unit,
    String period,
    String periodVi,
    String periodEn,
    int due,
    int submitted,
    int verified,
    int published,
    int overdue,
    double publishedShare,
    List<LateUnit> overdueUnits) {

  /** A unit late with some of the period's figures. */
  public record LateUnit(String unit, String name, List<String> indicators) {}
}
