package vn.dxmonitor.alerting.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.alert.Alert;

/**
 * An alert as a notification shows it: what a receiver needs to act, without its history.
 *
 * @param state {@code firing} or {@code resolved}, as the receiver should now see it
 * @param covers the firing alerts of units below this one on the same indicator, which this alert
 *     stands for instead of being sent one by one
 */
public record NotifiedAlert(
    String id,
    String rule,
    String state,
    String severity,
    String unit,
    String unitName,
    String level,
    String indicator,
    String plan,
    String target,
    String reason,
    Double value,
    Double expected,
    Double targetValue,
    LocalDate deadline,
    String summary,
    int episode,
    Instant firedAt,
    Instant resolvedAt,
    boolean acknowledged,
    List<CoveredUnit> covers) {

  public NotifiedAlert {
    covers = covers == null ? List.of() : List.copyOf(covers);
  }

  /** A unit below, whose alert a higher unit's alert stands for. */
  public record CoveredUnit(String unit, String name, String rule, Double value) {}

  public static NotifiedAlert of(Alert alert, String state, List<CoveredUnit> covers) {
    return new NotifiedAlert(
        alert.id(),
        alert.rule(),
        state,
        alert.severity(),
        alert.where().unit(),
        alert.where().unitName(),
        alert.where().level(),
        alert.what().indicator(),
        alert.what().planId(),
        alert.what().targetId(),
        alert.what().reason(),
        alert.figures().value(),
        alert.figures().expected(),
        alert.figures().target(),
        alert.figures().deadline(),
        alert.what().summary(),
        alert.timeline().episode(),
        alert.timeline().firedAt(),
        alert.timeline().resolvedAt(),
        alert.hasAcknowledgement(),
        covers);
  }
}
