package vn.dxmonitor.model.alert;

/**
 * Which alerts a silence covers; an absent matcher matches anything, and all present ones must
 * match.
 *
 * @param unit a unit code: the alerts of the unit and of every unit below it
 * @param indicator an indicator id
 * @param rule a rule id, e.g. {@code no-data}
 * @param plan a plan id
 */
public record SilenceMatchers(String unit, String indicator, String rule, String plan) {

  public boolean matches(Alert alert) {
    return (unit == null || alert.where().path().contains(unit))
        && (indicator == null || indicator.equals(alert.what().indicator()))
        && (rule == null || rule.equals(alert.rule()))
        && (plan == null || plan.equals(alert.what().planId()));
  }
}
