package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.catalog.CatalogReader;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.catalog.InvalidCatalogException;

/**
 * The indicators and every version of every plan read from {@code dx.catalog}, and the {@link
 * Catalog}s made of them: the latest, and the one in force at an instant or on a day. A catalog is
 * parsed once per combination of plan versions in force and remembered until the next change, so a
 * page asked about a past date, or a value made for its day, does not parse the catalog again.
 */
final class CatalogVersions {

  private static final Logger log = LoggerFactory.getLogger(CatalogVersions.class);
  private static final int REMEMBERED = 64;

  private final Map<String, IndicatorDocument> indicators = new ConcurrentSkipListMap<>();
  private final Map<String, NavigableMap<Integer, PlanVersion>> plans =
      new ConcurrentSkipListMap<>();
  // Grows on every change; what is remembered belongs to one generation.
  private final AtomicLong generation = new AtomicLong();
  private volatile Remembered remembered = new Remembered(-1);
  private volatile Latest latest = new Latest(-1, null);

  void putIndicator(String id, IndicatorDocument document) {
    CatalogMaps.put(indicators, id, document);
    generation.incrementAndGet();
  }

  void putPlan(String id, int version, PlanVersion value) {
    NavigableMap<Integer, PlanVersion> versions =
        plans.computeIfAbsent(id, key -> new ConcurrentSkipListMap<>());
    if (value == null) {
      versions.remove(version);
    } else {
      versions.put(version, value);
    }
    generation.incrementAndGet();
  }

  /** Each plan in its latest version; read on every event, so lock-free while nothing changes. */
  Catalog latest() {
    Latest now = latest;
    if (now.generation() != generation.get()) {
      long current = generation.get();
      now = new Latest(current, made(latestPlans()));
      latest = now;
    }
    return now.catalog();
  }

  /** Each plan in the version that applied at {@code at}. */
  Catalog at(Instant at) {
    return made(versionsAt(at));
  }

  /** The catalog in force at the end of the day. */
  Catalog on(LocalDate day) {
    return remembered().byDay().computeIfAbsent(day, d -> at(VietnamTime.endOf(d)));
  }

  private Remembered remembered() {
    long current = generation.get();
    Remembered now = remembered;
    if (now.generation() != current
        || now.byDay().size() >= REMEMBERED
        || now.byVersions().size() >= REMEMBERED) {
      now = new Remembered(current);
      remembered = now;
    }
    return now;
  }

  List<IndicatorDocument> indicatorDocuments() {
    return List.copyOf(indicators.values());
  }

  Optional<IndicatorDocument> indicatorDocument(String id) {
    return Optional.ofNullable(indicators.get(id));
  }

  List<PlanVersion> latestPlans() {
    return plans.values().stream()
        .filter(versions -> !versions.isEmpty())
        .map(versions -> versions.lastEntry().getValue())
        .toList();
  }

  List<PlanVersion> planVersions(String id) {
    NavigableMap<Integer, PlanVersion> versions = plans.get(id);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  int indicatorCount() {
    return indicators.size();
  }

  int planCount() {
    return plans.size();
  }

  /**
   * The catalog of these plan versions, made once: within a generation the plans are listed in the
   * same order every time, so their version numbers name the combination.
   */
  private Catalog made(List<PlanVersion> versions) {
    List<Integer> numbers = versions.stream().map(PlanVersion::version).toList();
    return remembered().byVersions().computeIfAbsent(numbers, key -> build(versions));
  }

  private List<PlanVersion> versionsAt(Instant at) {
    List<PlanVersion> inForce = new ArrayList<>();
    for (NavigableMap<Integer, PlanVersion> versions : plans.values()) {
      versionAt(versions, at).ifPresent(inForce::add);
    }
    return inForce;
  }

  /** The version in force at {@code at}: the latest that took effect by then, else the first. */
  private static Optional<PlanVersion> versionAt(
      NavigableMap<Integer, PlanVersion> versions, Instant at) {
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    PlanVersion inForce = versions.firstEntry().getValue();
    for (PlanVersion version : versions.values()) {
      if (version.validFrom() == null || !version.validFrom().isAfter(at)) {
        inForce = version;
      }
    }
    return Optional.of(inForce);
  }

  private Catalog build(List<PlanVersion> versions) {
    List<Indicator> read = new ArrayList<>();
    for (IndicatorDocument document : indicators.values()) {
      try {
        read.add(CatalogReader.indicator(document));
      } catch (InvalidCatalogException e) {
        log.error("Catalog entry skipped: {}", e.getMessage());
      }
    }
    Set<String> indicatorIds = new LinkedHashSet<>();
    read.forEach(indicator -> indicatorIds.add(indicator.id()));
    List<Plan> planList = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (PlanVersion version : versions) {
      try {
        CatalogReader.ReadPlan plan = CatalogReader.plan(version.plan(), indicatorIds);
        planList.add(plan.plan());
        targets.addAll(plan.targets());
      } catch (InvalidCatalogException e) {
        log.error("Catalog entry skipped: {}", e.getMessage());
      }
    }
    return new Catalog(read, planList, targets);
  }

  private record Latest(long generation, Catalog catalog) {}

  /**
   * The catalogs made since generation {@code generation}: by the numbers of the plan versions they
   * hold (the same versions make the same catalog, the same object) and by day.
   */
  private record Remembered(
      long generation, Map<List<Integer>, Catalog> byVersions, Map<LocalDate, Catalog> byDay) {

    Remembered(long generation) {
      this(generation, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }
}
