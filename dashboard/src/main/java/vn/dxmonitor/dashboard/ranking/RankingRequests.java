package vn.dxmonitor.dashboard.ranking;

import java.time.LocalDate;
import java.util.function.Predicate;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.status.AsOfDay;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;

/** Reads a ranking request's parameters, naming the one refused and why. */
final class RankingRequests {

  private RankingRequests() {}

  /**
   * @param visible whether the caller sees a unit; one it does not is refused as unknown
   */
  static RankingQuery query(
      Rankings rankings,
      UnitRegistry units,
      Predicate<String> visible,
      Predicate<Plan> concerns,
      String plan,
      String level,
      String parent,
      String asOf,
      LocalDate today) {
    if (plan == null || plan.isBlank()) {
      throw ApiException.missing("plan");
    }
    if (level == null || level.isBlank()) {
      throw ApiException.missing("level");
    }
    UnitLevel unitLevel =
        UnitLevel.fromId(level.strip())
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.INVALID_PARAMETER,
                        "level",
                        "query parameter 'level' must be department, commune, institution,"
                            + " district, enterprise or province, but was '"
                            + level
                            + "'"));
    LocalDate day = day(asOf, today);
    if (rankings.findPlan(plan, day).filter(concerns).isEmpty()) {
      throw new ApiException(
          ErrorCode.UNKNOWN_PLAN,
          "plan",
          "query parameter 'plan' must be a plan id of the catalog on "
              + day
              + ", but was '"
              + plan
              + "'");
    }
    String root = parent == null || parent.isBlank() ? null : parent.strip();
    if (root != null && (units.find(root).isEmpty() || !visible.test(root))) {
      throw new ApiException(
          ErrorCode.UNKNOWN_UNIT,
          "parent",
          "query parameter 'parent' must be a unit code of today's registry, but was '"
              + parent
              + "'");
    }
    return new RankingQuery(plan.strip(), unitLevel, root, day, today);
  }

  private static LocalDate day(String asOf, LocalDate today) {
    try {
      return AsOfDay.parse(asOf, today);
    } catch (AsOfDay.InvalidException e) {
      throw new ApiException(ErrorCode.INVALID_PARAMETER, "asOf", e.getMessage());
    }
  }
}
