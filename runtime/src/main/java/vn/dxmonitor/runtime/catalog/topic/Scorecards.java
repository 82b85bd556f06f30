package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   * The last answer: the alerting engine asks on every value, and the answer changes only with the
   * scorecard versions, the catalog, or which versions are in force.
   */
  private volatile Memo memo;

  public Scorecards(CatalogView view) {
    this.view = view;
  }

  @Override
  public List<Scorecard> at(Instant instant) {
    Catalog catalog = view.catalogAt(instant);
    Map<String, List<ScorecardVersion>> versions = view.scorecardVersions();
    List<ScorecardVersion> inForce = new ArrayList<>(versions.size());
    versions.forEach((id, all) -> inForce(all, instant).ifPresent(inForce::add));
    Memo last = memo;
    if (last != null && last.answers(versions, catalog, inForce)) {
      return last.cards();
    }
    Set<String> indicators =
        catalog.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    List<Scorecard> cards =
        inForce.stream()
            .map(version -> read(version, indicators))
            .flatMap(Optional::stream)
            .toList();
    memo = new Memo(versions, catalog, inForce, cards);
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

  // A version was checked when it was written; one that no longer reads (an indicator it names
  // was retired since) is left out and said once rather than failing every score.
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

  private record Memo(
      Map<String, List<ScorecardVersion>> versions,
      Catalog catalog,
      List<ScorecardVersion> inForce,
      List<Scorecard> cards) {

    /**
     * Whether the same objects are asked about: the view hands out the same ones until a change.
     */
    boolean answers(
        Map<String, List<ScorecardVersion>> versions,
        Catalog catalog,
        List<ScorecardVersion> inForce) {
      if (this.versions != versions
          || this.catalog != catalog
          || this.inForce.size() != inForce.size()) {
        return false;
      }
      for (int i = 0; i < inForce.size(); i++) {
        if (this.inForce.get(i) != inForce.get(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
