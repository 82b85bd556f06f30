package vn.dxmonitor.runtime.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Reads a catalog document (YAML) into the model. Every problem is reported with the path of the
 * field that has it — {@code plans[2].targets[5].comparator: must be one of >=, >, <=, <, but was
 * '=>'} — and all problems of a document at once, so a catalog editor fixes them in one pass.
 */
public final class CatalogReader {

  /** The catalog of the seed plans that ships with the platform. */
  public static final String SEED_CATALOG = "/catalog/seed-catalog.yaml";

  /** Target levels that mean a province-wide share; the unit measured is the province. */
  private static final Set<String> PROVINCE_WIDE =
      Set.of("population", "household", "enterprise", "any");

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .build();

  private final List<String> problems = new ArrayList<>();

  private CatalogReader() {}

  public static Catalog seed() {
    try (InputStream in = CatalogReader.class.getResourceAsStream(SEED_CATALOG)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + SEED_CATALOG);
      }
      return read(in, SEED_CATALOG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SEED_CATALOG, e);
    }
  }

  /**
   * @throws InvalidCatalogException listing every problem found, each with its field path
   */
  public static Catalog read(InputStream yaml, String origin) {
    CatalogDocument document;
    try {
      document = YAML.readValue(yaml, CatalogDocument.class);
    } catch (JacksonException e) {
      throw new InvalidCatalogException(origin, List.of(e.getOriginalMessage()));
    }
    return new CatalogReader().convert(document, origin);
  }

  private Catalog convert(CatalogDocument document, String origin) {
    List<Indicator> indicators = new ArrayList<>();
    List<CatalogDocument.IndicatorEntry> indicatorEntries = orEmpty(document.indicators());
    for (int i = 0; i < indicatorEntries.size(); i++) {
      Indicator indicator = indicator("indicators[" + i + "]", indicatorEntries.get(i));
      if (indicator != null) {
        indicators.add(indicator);
      }
    }
    Set<String> indicatorIds = new LinkedHashSet<>();
    indicators.forEach(indicator -> indicatorIds.add(indicator.id()));
    List<Plan> plans = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<CatalogDocument.PlanEntry> planEntries = orEmpty(document.plans());
    for (int p = 0; p < planEntries.size(); p++) {
      CatalogDocument.PlanEntry entry = planEntries.get(p);
      String path = "plans[" + p + "]";
      String id = required(path + ".id", entry.id());
      required(path + ".start", entry.start());
      if (id != null && entry.start() != null) {
        plans.add(
            new Plan(
                id,
                entry.name(),
                entry.province(),
                entry.source(),
                entry.issuedAt(),
                entry.start(),
                Set.copyOf(orEmpty(entry.issuedFor())),
                Set.copyOf(orEmpty(entry.scope()))));
      }
      List<CatalogDocument.TargetEntry> targetEntries = orEmpty(entry.targets());
      for (int t = 0; t < targetEntries.size(); t++) {
        Target target =
            target(path + ".targets[" + t + "]", id, targetEntries.get(t), indicatorIds);
        if (target != null) {
          targets.add(target);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(origin, problems);
    }
    try {
      return new Catalog(indicators, plans, targets);
    } catch (IllegalArgumentException e) {
      throw new InvalidCatalogException(origin, List.of(e.getMessage()));
    }
  }

  private Indicator indicator(String path, CatalogDocument.IndicatorEntry entry) {
    String id = required(path + ".id", entry.id());
    Pillar pillar = oneOf(path + ".pillar", entry.pillar(), Pillar.values(), Pillar::id);
    IndicatorKind kind =
        oneOf(path + ".kind", entry.kind(), IndicatorKind.values(), IndicatorKind::id);
    Rollup rollup = oneOf(path + ".rollup", entry.rollup(), Rollup.values(), Rollup::id);
    Period cadence = period(path + ".cadence", entry.cadence());
    Integer windowDays = required(path + ".windowDays", entry.windowDays());
    if (id == null
        || pillar == null
        || kind == null
        || rollup == null
        || cadence == null
        || windowDays == null) {
      return null;
    }
    try {
      return new Indicator(
          id,
          required(path + ".nameVi", entry.nameVi()),
          required(path + ".nameEn", entry.nameEn()),
          pillar,
          kind,
          required(path + ".unitOfMeasure", entry.unitOfMeasure()),
          windowDays,
          cadence,
          rollup,
          Boolean.TRUE.equals(entry.lowerIsBetter()),
          entry.numerator(),
          entry.denominator());
    } catch (IllegalArgumentException e) {
      problems.add(path + ": " + e.getMessage());
      return null;
    }
  }

  private Target target(
      String path, String planId, CatalogDocument.TargetEntry entry, Set<String> indicatorIds) {
    String id = required(path + ".id", entry.id());
    String indicator = required(path + ".indicator", entry.indicator());
    if (indicator != null && !indicatorIds.contains(indicator)) {
      problems.add(
          path + ".indicator: must name an indicator of the catalog, but was '" + indicator + "'");
    }
    String levelText = required(path + ".level", entry.level());
    UnitLevel level = null;
    String audience = null;
    if (levelText != null) {
      if (PROVINCE_WIDE.contains(levelText)) {
        level = UnitLevel.PROVINCE;
        audience = levelText;
      } else {
        level = oneOf(path + ".level", levelText, UnitLevel.values(), UnitLevel::id);
      }
    }
    Comparator comparator =
        oneOf(path + ".comparator", entry.comparator(), Comparator.values(), Comparator::symbol);
    required(path + ".value", entry.value());
    required(path + ".deadline", entry.deadline());
    if (id == null
        || planId == null
        || indicator == null
        || level == null
        || comparator == null
        || entry.value() == null
        || entry.deadline() == null) {
      return null;
    }
    return new Target(
        planId + "/" + id,
        planId,
        indicator,
        level,
        comparator,
        entry.value().doubleValue(),
        entry.deadline(),
        entry.quote(),
        entry.note(),
        audience,
        entry.section());
  }

  private <T> T required(String path, T value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      problems.add(path + ": is required");
      return null;
    }
    return value;
  }

  private <E> E oneOf(String path, String value, E[] options, Function<E, String> id) {
    if (required(path, value) == null) {
      return null;
    }
    for (E option : options) {
      if (id.apply(option).equals(value)) {
        return option;
      }
    }
    List<String> ids = new ArrayList<>();
    for (E option : options) {
      ids.add(id.apply(option));
    }
    problems.add(
        String.format(
            Locale.ROOT,
            "%s: must be one of %s, but was '%s'",
            path,
            String.join(", ", ids),
            value));
    return null;
  }

  private Period period(String path, String value) {
    if (required(path, value) == null) {
      return null;
    }
    try {
      return Period.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          path + ": must be an ISO-8601 period such as P7D or P3M, but was '" + value + "'");
      return null;
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
