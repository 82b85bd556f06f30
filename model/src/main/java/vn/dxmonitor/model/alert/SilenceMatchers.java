package vn.dxmonitor.model.alert;

import vn.dxmonitor.model.scorecard.ScorePart;

/**
 * Which alerts a silence covers; an absent matcher matches anything, and all present ones must
 * match.
 *
 * @param unit a unit code: the alerts of the unit and of every unit below it
 * @param indicator an indicator id, or what a score alert is about: a scorecard's id selects each
 *     of its parts (`766` selects `766/progress`)
 * @param rule a rule id, e.g. {@code no-data}
 * @param plan a plan id
 */
public record SilenceMatchers(String unit, String indicator, String rule, String plan) {

  public boolean matches(Alert alert) {
    return (unit == null || alert.where().path().contains(unit))
        && (indicator == null || ScorePart.selects(indicator, alert.what().indicator()))
        && (rule == null || rule.equals(alert.rule()))
        && (plan == null || plan.equals(alert.what().planId()));
  }
}
