package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.catalog.InvalidCatalogException;
import vn.dxmonitor.runtime.catalog.ScorecardReader;

/**
 * The scorecards of {@code dx.catalog} as they stood at an instant: each in the version in force
 * then, read against the catalog of that instant, so that a score as of a past date uses the method
 * of that date.
 */
public class Scorecards implements ScorecardSource {

  /** The 766 index: the scorecard pages and the national view show first. */
  public static final String INDEX_766 = "766";

  private static final Logger log = LoggerFactory.getLogger(Scorecards.class);

  private final CatalogView view;

  /**
   * Each version as read against one catalog: the alerting engine asks on every value, and a
   * version's reading changes only with the version or the catalog's indicators.
   */
  private final Map<Reading, Optional<Scorecard>> readings = new ConcurrentHashMap<>();

  public Scorecards(CatalogView view) {
    this.view = view;
  }

  @Override
  public List<Scorecard> at(Instant instant) {
    Catalog catalog = view.catalogAt(instant);
    List<Scorecard> cards = new ArrayList<>();
    view.scorecardVersions()
        .forEach(
            (id, versions) ->
                inForce(versions, instant)
                    .flatMap(version -> read(version, catalog))
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

  /** The latest version in force at {@code instant}: versions are kept oldest first. */
  static Optional<ScorecardVersion> inForce(List<ScorecardVersion> versions, Instant instant) {
    for (int v = versions.size() - 1; v >= 0; v--) {
      if (versions.get(v).appliesAt(instant)) {
        return Optional.of(versions.get(v));
      }
    }
    return Optional.empty();
  }

  private Optional<Scorecard> read(ScorecardVersion version, Catalog catalog) {
    Set<String> indicators =
        catalog.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    Reading reading = new Reading(version, indicators);
    if (readings.size() > 256) {
      readings.clear();
    }
    return readings.computeIfAbsent(reading, Scorecards::read);
  }

  // A version was checked when it was written; one that no longer reads (an indicator it names
  // was retired since) is left out and said once rather than failing every score.
  private static Optional<Scorecard> read(Reading reading) {
    try {
      return Optional.of(ScorecardReader.read(reading.version().scorecard(), reading.indicators()));
    } catch (InvalidCatalogException e) {
      log.warn(
          "Scorecard {} version {} no longer reads: {}",
          reading.version().scorecard().id(),
          reading.version().version(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private record Reading(ScorecardVersion version, Set<String> indicators) {}
}
