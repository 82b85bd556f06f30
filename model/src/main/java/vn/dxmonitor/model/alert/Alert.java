package vn.dxmonitor.model.alert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert: a rule that holds for a unit and indicator. Its id is derived from rule, unit and
 * indicator, so evaluating the same situation again updates the alert instead of adding another.
 */
public record Alert(
    String id,
    String rule,
    AlertState state,
    String severity,
    String unit,
    String unitName,
    String indicator,
    String planId,
    String targetId,
    Double value,
    Double expected,
    Double gap,
    Double target,
    LocalDate deadline,
    String summary,
    Instant startsAt,
    Instant updatedAt,
    Instant resolvedAt) {

  public static String idOf(String rule, String unit, String indicator) {
    return rule + "|" + unit + "|" + indicator;
  }
}
