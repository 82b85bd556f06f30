package vn.dxmonitor.runtime.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scorecard as the catalog's {@code scorecards.yaml} and the admin API hold it: plain fields, so
 * that a bad value is reported by its path, checked and turned into the model's {@code Scorecard}
 * by {@link ScorecardReader}.
 *
 * @param outOf the points the groups add up to (100, 1000)
 * @param window {@code trailing} or {@code year-to-date}
 * @param published the measurement indicator the official score is reported under; may be absent
 */
public record ScorecardDocument(
    String id,
    String nameVi,
    String nameEn,
    String source,
    String window,
    BigDecimal outOf,
    List<String> levels,
    List<GroupDocument> groups,
    String published) {

  /** The same scorecard under {@code newId}: the admin API's path names it. */
  public ScorecardDocument withId(String newId) {
    return new ScorecardDocument(
        newId, nameVi, nameEn, source, window, outOf, levels, groups, published);
  }

  /** A group; {@code points}, when given, must be what its items add up to. */
  public record GroupDocument(
      String id, String nameVi, String nameEn, BigDecimal points, List<ItemDocument> items) {}

  /**
   * A sub-indicator. Which of {@code full}, {@code threshold}, {@code pointsPerUnit}, {@code best}
   * and {@code worst} it needs depends on its {@code rule}.
   *
   * @param whenNoBase {@code full} (the default) or {@code none}
   */
  public record ItemDocument(
      String id,
      String nameVi,
      String nameEn,
      String indicator,
      BigDecimal points,
      String rule,
      BigDecimal full,
      BigDecimal threshold,
      BigDecimal pointsPerUnit,
      BigDecimal best,
      BigDecimal worst,
      String whenNoBase,
      String source) {}

  /** The file that holds scorecards: {@code scorecards:} and a list. */
  public record File(List<ScorecardDocument> scorecards) {}
}
