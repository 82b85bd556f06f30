package vn.dxmonitor.model.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The scorecards as they stood at an instant, each in the version in force then, so that every
 * service scoring a unit (the dashboard's board, the alerting engine's score rules) uses the same
 * method for the same moment.
 */
@FunctionalInterface
public interface ScorecardSource {

  /** The scorecards in force at {@code instant}, in the order of their ids. */
  List<Scorecard> at(Instant instant);

  default Optional<Scorecard> find(String id, Instant instant) {
    return at(instant).stream().filter(card -> card.id().equals(id)).findFirst();
  }
}
