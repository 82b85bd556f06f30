package vn.dxmonitor.dashboard.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.stereotype.Service;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.catalog.CatalogReader;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.catalog.InvalidCatalogException;
import vn.dxmonitor.runtime.catalog.PlanDocument;
import vn.dxmonitor.runtime.catalog.ScorecardDocument;
import vn.dxmonitor.runtime.catalog.ScorecardReader;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.catalog.topic.PlanVersion;
import vn.dxmonitor.runtime.catalog.topic.ScorecardVersion;

/**
 * Changes to indicators and plans: validated with the catalog's own reader, written to {@code
 * dx.catalog} with an audit entry, and answered only once this instance's view has read them back,
 * so the next request sees the change.
 */
@Service
public class CatalogAdministration {

  private static final Duration READ_BACK = Duration.ofSeconds(30);

  private final CatalogView view;
  private final CatalogWriter writer;
  private final Clock clock;

  public CatalogAdministration(CatalogView view, CatalogWriter writer, Clock clock) {
    this.view = view;
    this.writer = writer;
    this.clock = clock;
  }

  public IndicatorDocument createIndicator(IndicatorDocument document, String actor) {
    check(document);
    if (view.indicatorDocument(document.id()).isPresent()) {
      throw ConflictException.exists("indicator " + document.id());
    }
    return saveIndicator(document, null, "create", actor);
  }

  public IndicatorDocument updateIndicator(String id, IndicatorDocument document, String actor) {
    requireSameId(id, document.id());
    IndicatorDocument before =
        view.indicatorDocument(id).orElseThrow(() -> ConflictException.missing("indicator " + id));
    IndicatorDocument after = withId(document, id);
    Indicator checked = check(after);
    Indicator previous = CatalogReader.indicator(before);
    if (previous.kind() != checked.kind()) {
      throw InvalidRequestException.of(
          "kind",
          "cannot change from "
              + previous.kind().id()
              + " to "
              + checked.kind().id()
              + ": the values already computed would mean something else; create a new indicator");
    }
    return saveIndicator(after, before, "update", actor);
  }

  public PlanVersion createPlan(PlanDocument document, String actor) {
    check(document);
    if (!view.planVersions(document.id()).isEmpty()) {
      throw ConflictException.exists("plan " + document.id());
    }
    return savePlan(document, null, 1, "create", actor);
  }

  /** Writes a new version; the old one stays, in force for the dates before now. */
  public PlanVersion updatePlan(String id, PlanDocument document, String actor) {
    requireSameId(id, document.id());
    List<PlanVersion> versions = view.planVersions(id);
    if (versions.isEmpty()) {
      throw ConflictException.missing("plan " + id);
    }
    PlanDocument after = document.withId(id);
    check(after);
    PlanVersion latest = versions.get(versions.size() - 1);
    return savePlan(after, latest.plan(), latest.version() + 1, "update", actor);
  }

  /**
   * Writes a new version of a scorecard (the first when none exists), in force from the start of
   * {@code validFrom} in Vietnam, or from now when that is today. A method never changes the past:
   * scores already shown and frozen reviews keep theirs, so the day may not be before today nor
   * before the latest version's. Synchronized, and the version read back before the next write, so
   * two administrators saving at once on this instance get versions n and n + 1 rather than both n,
   * the second overwriting the first.
   */
  public synchronized ScorecardVersion saveScorecard(
      String id, ScorecardDocument document, LocalDate validFrom, String actor) {
    requireSameId(id, document.id());
    ScorecardDocument after = document.withId(id);
    Set<String> indicators =
        view.catalog().indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    try {
      ScorecardReader.read(after, indicators);
    } catch (InvalidCatalogException e) {
      throw InvalidRequestException.fromProblems(e.problems());
    }
    Instant now = clock.instant();
    LocalDate today = VietnamTime.dateOf(now);
    if (validFrom.isBefore(today)) {
      throw InvalidRequestException.of(
          "validFrom",
          "must be today ("
              + today
              + ") or later: a method does not change scores already shown, but was "
              + validFrom);
    }
    List<ScorecardVersion> versions = view.scorecardVersions(id);
    ScorecardVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    // From today means from now: scores already shown today keep the method they were shown by
    Instant from =
        validFrom.equals(today) ? now : validFrom.atStartOfDay(VietnamTime.ZONE).toInstant();
    if (latest != null && latest.validFrom() != null && from.isBefore(latest.validFrom())) {
      throw InvalidRequestException.of(
          "validFrom",
          "must not be before version "
              + latest.version()
              + "'s "
              + VietnamTime.dateOf(latest.validFrom())
              + ", but was "
              + validFrom);
    }
    ScorecardVersion saved =
        new ScorecardVersion(after, latest == null ? 1 : latest.version() + 1, from, actor);
    readBack(
        List.of(
            writer.putAudited(
                CatalogEntry.scorecard(saved),
                new AuditEntry(
                    now,
                    actor,
                    latest == null ? "create" : "update",
                    "scorecard",
                    id,
                    latest == null ? null : latest.scorecard(),
                    after))));
    return saved;
  }

  private IndicatorDocument saveIndicator(
      IndicatorDocument after, IndicatorDocument before, String action, String actor) {
    Instant now = clock.instant();
    readBack(
        List.of(
            writer.putAudited(
                CatalogEntry.indicator(after),
                new AuditEntry(now, actor, action, "indicator", after.id(), before, after))));
    return after;
  }

  private PlanVersion savePlan(
      PlanDocument after, PlanDocument before, int version, String action, String actor) {
    Instant now = clock.instant();
    PlanVersion saved = new PlanVersion(after, version, now, actor);
    readBack(
        List.of(
            writer.putAudited(
                CatalogEntry.plan(saved),
                new AuditEntry(
                    now, actor, action, "plan", after.id(), before, after, after.issuedFor()))));
    return saved;
  }

  /**
   * Writes an import's entries with its audit entry (what it held rather than every row) in one
   * transaction, and waits for this instance's view to have read them.
   */
  public void importAudited(List<CatalogEntry> entries, String kind, Object summary, String actor) {
    readBack(
        List.of(
            writer.putAllAudited(
                entries,
                new AuditEntry(clock.instant(), actor, "import", kind, null, null, summary),
                done -> {})));
  }

  /** Waits for this instance's view to have read what was written. */
  public void readBack(List<RecordMetadata> written) {
    for (RecordMetadata metadata : written) {
      view.requireApplied(metadata, READ_BACK, "the change");
    }
  }

  private Indicator check(IndicatorDocument document) {
    try {
      return CatalogReader.indicator(document);
    } catch (InvalidCatalogException e) {
      throw InvalidRequestException.fromProblems(e.problems());
    }
  }

  private void check(PlanDocument document) {
    Set<String> indicators =
        view.catalog().indicators().stream().map(Indicator::id).collect(Collectors.toSet());
    try {
      CatalogReader.plan(document, indicators);
    } catch (InvalidCatalogException e) {
      throw InvalidRequestException.fromProblems(e.problems());
    }
  }

  private static void requireSameId(String path, String body) {
    if (body != null && !body.equals(path)) {
      throw InvalidRequestException.of(
          "id", "must match the path's '" + path + "' or be left out, but was '" + body + "'");
    }
  }

  private static IndicatorDocument withId(IndicatorDocument d, String id) {
    return new IndicatorDocument(
        id,
        d.nameVi(),
        d.nameEn(),
        d.pillar(),
        d.kind(),
        d.unitOfMeasure(),
        d.lowerIsBetter(),
        d.windowDays(),
        d.cadence(),
        d.rollup(),
        d.numerator(),
        d.denominator(),
        d.revisionWindow());
  }
}
