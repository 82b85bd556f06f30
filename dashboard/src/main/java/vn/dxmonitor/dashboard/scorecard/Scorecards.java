package vn.dxmonitor.dashboard.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.catalog.InvalidCatalogException;
import vn.dxmonitor.runtime.catalog.ScorecardReader;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.ScorecardVersion;

/**
 * The scorecards as they stood at an instant: each in the version in force then, read against the
 * catalog of that instant, so that a score as of a past date uses the method of that date.
 */
@Component
public class Scorecards {

  /** The 766 index: the scorecard pages and the national view show first. */
  public static final String INDEX_766 = "766";

  private static final Logger log = LoggerFactory.getLogger(Scorecards.class);

  private final CatalogView view;

  public Scorecards(CatalogView view) {
    this.view = view;
  }

  public List<Scorecard> at(Instant instant) {
    Catalog catalog = view.catalogAt(instant);
    Set<String> indicators =
        catalog.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    List<Scorecard> cards = new ArrayList<>();
    view.scorecardVersions()
        .forEach(
            (id, versions) ->
                inForce(versions, instant)
                    .flatMap(version -> read(version, indicators))
                    .ifPresent(cards::add));
    return cards;
  }

  /**
   * The instant a day is scored at: now for today, the end of a past day in Vietnam, so that a past
   * day is scored by the method in force at its end and today by the one in force now.
   */
  public static Instant scoredAt(LocalDate day, LocalDate today, Instant now) {
    return day.equals(today) ? now : VietnamTime.endOf(day);
  }

  public Optional<Scorecard> find(String id, Instant instant) {
    return at(instant).stream().filter(card -> card.id().equals(id)).findFirst();
  }

  /** The latest version in force at {@code instant}: versions are kept oldest first. */
  static Optional<ScorecardVersion> inForce(List<ScorecardVersion> versions, Instant instant) {
    for (int v = versions.size() - 1; v >= 0; v--) {
      if (versions.get(v).appliesAt(instant)) {
        return Optional.of(versions.get(v));
      }
    }
    return Optional.empty();
  }

  // A version was checked when it was written; one that no longer reads (an indicator it names
  // was retired since) is left out and said once per request rather than failing every score.
  private static Optional<Scorecard> read(ScorecardVersion version, Set<String> indicators) {
    try {
      return Optional.of(ScorecardReader.read(version.scorecard(), indicators));
    } catch (InvalidCatalogException e) {
      log.warn(
          "Scorecard {} version {} no longer reads: {}",
          version.scorecard().id(),
          version.version(),
          e.getMessage());
      return Optional.empty();
    }
  }
}
