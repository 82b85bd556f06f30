package vn.dxmonitor.runtime.catalog.topic;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.catalog.CatalogDocument;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.catalog.PlanDocument;
import vn.dxmonitor.runtime.catalog.ScorecardDocument;
import vn.dxmonitor.runtime.catalog.ScorecardReader;

/**
 * Writes what a fresh catalog topic lacks: the seed plans' indicators and plans, the shipped
 * scorecards, and the built-in units when no unit was ever imported. Only what is missing, so an
 * edit made through the admin API is never overwritten, and any number of instances may seed at
 * once.
 */
public final class CatalogSeeder {

  private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);
  private static final String SEED = "seed";

  private final CatalogView view;
  private final CatalogWriter writer;
  private final Clock clock;

  public CatalogSeeder(CatalogView view, CatalogWriter writer, Clock clock) {
    this.view = view;
    this.writer = writer;
    this.clock = clock;
  }

  /** Seeds what is missing and waits until the view has read it. */
  public void seedMissing(CatalogDocument seed, Duration timeout) throws InterruptedException {
    List<RecordMetadata> written = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (IndicatorDocument indicator : seed.indicators()) {
      if (view.indicatorDocument(indicator.id()).isEmpty()) {
        written.add(writer.put(CatalogEntry.indicator(indicator)));
        counts.merge("indicators", 1, Integer::sum);
      }
    }
    for (PlanDocument plan : seed.plans()) {
      if (view.planVersions(plan.id()).isEmpty()) {
        written.add(writer.put(CatalogEntry.plan(new PlanVersion(plan, 1, null, SEED))));
        counts.merge("plans", 1, Integer::sum);
      }
    }
    for (ScorecardDocument scorecard : ScorecardReader.shippedDocuments()) {
      if (view.scorecardVersions(scorecard.id()).isEmpty()) {
        written.add(
            writer.put(CatalogEntry.scorecard(new ScorecardVersion(scorecard, 1, null, SEED))));
        counts.merge("scorecards", 1, Integer::sum);
      }
    }
    if (!view.hasUnits()) {
      List<UnitVersion> builtIn =
          BuiltInUnits.giaLai().all().stream()
              .map(unit -> new UnitVersion(unit, "", BuiltInUnits.REFORM, null))
              .toList();
      written.add(writer.putUnits(builtIn, done -> {}));
      counts.put("units", builtIn.size());
    }
    if (counts.isEmpty()) {
      return;
    }
    written.add(
        writer.putAudit(
            new AuditEntry(clock.instant(), SEED, SEED, "catalog", null, null, counts)));
    for (RecordMetadata metadata : written) {
      if (!view.awaitApplied(metadata, timeout)) {
        throw new IllegalStateException(
            "the catalog view did not read back the seed within " + timeout);
      }
    }
    log.info("Seeded the catalog topic: {}", counts);
  }
}
