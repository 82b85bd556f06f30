package vn.dxmonitor.runtime.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingDeadlines;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Review;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Curve;
import vn.dxmonitor.model.trajectory.TrajectoryPoint;
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

  /** The roll-up that is refused: see {@link #rollup(String, String)}. */
  private static final String WEIGHTED_MEAN = "weighted-mean";

  private static final int MOST_DAY_OFF_NAME = 200;

  static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .build();

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final FieldProblems problems = new FieldProblems();

  private CatalogReader() {}

  public static Catalog seed() {
    return new CatalogReader().convert(seedDocument(), SEED_CATALOG);
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

  /** A plan and its targets, read from a document. */
  public record ReadPlan(Plan plan, List<Target> targets) {}

  /**
   * @throws InvalidCatalogException naming each field at fault, by its path within the indicator
   */
  public static Indicator indicator(IndicatorDocument document) {
    CatalogReader reader = new CatalogReader();
    Indicator indicator = reader.indicator("", document);
    reader.throwIfProblems("indicator " + (document == null ? "" : document.id()));
    return indicator;
  }

  /**
   * @param indicatorIds the indicators the plan's targets may name
   * @throws InvalidCatalogException naming each field at fault, by its path within the plan
   */
  public static ReadPlan plan(PlanDocument document, Set<String> indicatorIds) {
    CatalogReader reader = new CatalogReader();
    ReadPlan plan = reader.plan("", document, indicatorIds);
    reader.throwIfProblems("plan " + (document == null ? "" : document.id()));
    return plan;
  }

  /** The documents a catalog file holds, unconverted: what seeds the catalog topic. */
  public static CatalogDocument seedDocument() {
    try (InputStream in = CatalogReader.class.getResourceAsStream(SEED_CATALOG)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + SEED_CATALOG);
      }
      return YAML.readValue(in, CatalogDocument.class);
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("cannot read " + SEED_CATALOG + ": " + e.getMessage(), e);
    }
  }

  private Catalog convert(CatalogDocument document, String origin) {
    List<Indicator> indicators = new ArrayList<>();
    List<IndicatorDocument> indicatorEntries = orEmpty(document.indicators());
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
    List<PlanDocument> planEntries = orEmpty(document.plans());
    for (int p = 0; p < planEntries.size(); p++) {
      ReadPlan plan = plan("plans[" + p + "]", planEntries.get(p), indicatorIds);
      if (plan != null) {
        plans.add(plan.plan());
        targets.addAll(plan.targets());
      }
    }
    throwIfProblems(origin);
    try {
      return new Catalog(indicators, plans, targets);
    } catch (IllegalArgumentException e) {
      throw new InvalidCatalogException(origin, List.of(e.getMessage()));
    }
  }

  private void throwIfProblems(String origin) {
    problems.throwIfAny(origin);
  }

  private static String at(String path, String field) {
    return FieldProblems.at(path, field);
  }

  private ReadPlan plan(String path, PlanDocument entry, Set<String> indicatorIds) {
    if (entry == null) {
      problems.add((path.isEmpty() ? "plan" : path) + ": is required");
      return null;
    }
    String id = problems.required(at(path, "id"), entry.id());
    if (id != null && !ID.matcher(id).matches()) {
      problems.add(
          at(path, "id") + ": must be lower-case letters, digits and '-', but was '" + id + "'");
      id = null;
    }
    LocalDate start = entry.start() != null ? entry.start() : entry.issuedAt();
    if (start == null) {
      problems.add(at(path, "issuedAt") + ": is required (or start)");
    }
    List<String> issuedFor = orEmpty(entry.issuedFor());
    for (int i = 0; i < issuedFor.size(); i++) {
      problems.required(at(path, "issuedFor[" + i + "]"), issuedFor.get(i));
    }
    List<Target> targets = new ArrayList<>();
    Set<String> targetIds = new LinkedHashSet<>();
    List<PlanDocument.TargetDocument> targetEntries = orEmpty(entry.targets());
    for (int t = 0; t < targetEntries.size(); t++) {
      String targetPath = at(path, "targets[" + t + "]");
      Target target = target(targetPath, id, targetEntries.get(t), indicatorIds);
      if (target != null) {
        if (!targetIds.add(target.id())) {
          problems.add(
              targetPath
                  + ": duplicates target "
                  + target.id().substring(id.length() + 1)
                  + " of the plan; give it a distinct id");
        }
        targets.add(target);
      }
    }
    List<Review> reviews = reviews(path, orEmpty(entry.reviews()));
    ReportingDeadlines reporting = reporting(at(path, "reporting"), entry.reporting());
    if (id == null || start == null) {
      return null;
    }
    Plan plan =
        new Plan(
            id,
            entry.name(),
            entry.province(),
            entry.source(),
            entry.issuedAt(),
            start,
            Set.copyOf(issuedFor.stream().filter(java.util.Objects::nonNull).toList()),
            reviews,
            reporting);
    return new ReadPlan(plan, targets);
  }

  private ReportingDeadlines reporting(String path, PlanDocument.ReportingDocument entry) {
    ReportingDeadlines deadlines = ReportingDeadlines.defaults();
    if (entry == null) {
      return deadlines;
    }
    deadlines = deadline(deadlines, at(path, "monthly"), ReportingCadence.MONTHLY, entry.monthly());
    deadlines =
        deadline(deadlines, at(path, "quarterly"), ReportingCadence.QUARTERLY, entry.quarterly());
    deadlines =
        deadline(
            deadlines, at(path, "halfYearly"), ReportingCadence.HALF_YEARLY, entry.halfYearly());
    deadlines = deadline(deadlines, at(path, "yearly"), ReportingCadence.YEARLY, entry.yearly());
    return deadlines.withDaysOff(daysOff(at(path, "daysOff"), entry.daysOff()));
  }

  private Map<LocalDate, String> daysOff(String path, List<PlanDocument.DayOffDocument> entries) {
    Map<LocalDate, String> days = new TreeMap<>();
    if (entries == null) {
      return days;
    }
    for (int d = 0; d < entries.size(); d++) {
      String dayPath = path + "[" + d + "]";
      PlanDocument.DayOffDocument entry = entries.get(d);
      if (entry == null) {
        problems.add(dayPath + ": is required");
        continue;
      }
      LocalDate date = problems.required(at(dayPath, "date"), entry.date());
      String name = problems.required(at(dayPath, "name"), entry.name());
      if (name != null && name.length() > MOST_DAY_OFF_NAME) {
        problems.add(
            at(dayPath, "name")
                + ": must be at most "
                + MOST_DAY_OFF_NAME
                + " characters, but was "
                + name.length());
      } else if (date != null && name != null && days.putIfAbsent(date, name.strip()) != null) {
        problems.add(at(dayPath, "date") + ": " + date + " is listed twice");
      }
    }
    return days;
  }

  private ReportingDeadlines deadline(
      ReportingDeadlines deadlines, String path, ReportingCadence cadence, Integer day) {
    if (day == null) {
      return deadlines;
    }
    if (day < 1 || day > 31) {
      problems.add(path + ": must be a day of the month, 1 to 31, but was " + day);
      return deadlines;
    }
    return deadlines.with(cadence, day);
  }

  private List<Review> reviews(String path, List<PlanDocument.ReviewDocument> entries) {
    List<Review> reviews = new ArrayList<>();
    for (int r = 0; r < entries.size(); r++) {
      String reviewPath = at(path, "reviews[" + r + "]");
      PlanDocument.ReviewDocument entry = entries.get(r);
      if (entry == null) {
        problems.add(reviewPath + ": is required");
        continue;
      }
      String kind = problems.required(at(reviewPath, "kind"), entry.kind());
      LocalDate date = problems.required(at(reviewPath, "date"), entry.date());
      if (kind != null && !Review.INTERIM.equals(kind) && !Review.FINAL.equals(kind)) {
        problems.add(at(reviewPath, "kind") + ": must be interim or final, but was '" + kind + "'");
        kind = null;
      }
      boolean quotasValid =
          quota(at(reviewPath, "collectives"), entry.collectives())
              & quota(at(reviewPath, "individuals"), entry.individuals());
      if (kind != null && date != null && quotasValid) {
        reviews.add(new Review(kind, date, entry.collectives(), entry.individuals()));
      }
    }
    return reviews;
  }

  private boolean quota(String path, Integer quota) {
    if (quota != null && quota < 0) {
      problems.add(path + ": must be 0 or more, but was " + quota);
      return false;
    }
    return true;
  }

  private Indicator indicator(String path, IndicatorDocument entry) {
    if (entry == null) {
      problems.add((path.isEmpty() ? "indicator" : path) + ": is required");
      return null;
    }
    String id = problems.required(at(path, "id"), entry.id());
    if (id != null && !ID.matcher(id).matches()) {
      problems.add(
          at(path, "id") + ": must be lower-case letters, digits and '-', but was '" + id + "'");
      id = null;
    }
    Pillar pillar = problems.oneOf(at(path, "pillar"), entry.pillar(), Pillar.values(), Pillar::id);
    IndicatorKind kind =
        problems.oneOf(at(path, "kind"), entry.kind(), IndicatorKind.values(), IndicatorKind::id);
    Rollup rollup = rollup(at(path, "rollup"), entry.rollup());
    Period cadence = period(at(path, "cadence"), entry.cadence());
    Duration revisionWindow = window(at(path, "revisionWindow"), entry.revisionWindow());
    Integer windowDays = problems.required(at(path, "windowDays"), entry.windowDays());
    String nameVi = problems.required(at(path, "nameVi"), entry.nameVi());
    String nameEn = problems.required(at(path, "nameEn"), entry.nameEn());
    String unitOfMeasure = problems.required(at(path, "unitOfMeasure"), entry.unitOfMeasure());
    if (id == null
        || pillar == null
        || kind == null
        || rollup == null
        || cadence == null
        || windowDays == null
        || nameVi == null
        || nameEn == null
        || unitOfMeasure == null) {
      return null;
    }
    try {
      return new Indicator(
          id,
          nameVi,
          nameEn,
          pillar,
          kind,
          unitOfMeasure,
          windowDays,
          cadence,
          rollup,
          Boolean.TRUE.equals(entry.lowerIsBetter()),
          entry.numerator(),
          entry.denominator(),
          revisionWindow);
    } catch (IllegalArgumentException e) {
      problems.add((path.isEmpty() ? "indicator" : path) + ": " + e.getMessage());
      return null;
    }
  }

  private Target target(
      String path, String planId, PlanDocument.TargetDocument entry, Set<String> indicatorIds) {
    if (entry == null) {
      problems.add(path + ": is required");
      return null;
    }
    String indicator = problems.required(path + ".indicator", entry.indicator());
    if (indicator != null && !indicatorIds.contains(indicator)) {
      problems.add(
          path + ".indicator: must name an indicator of the catalog, but was '" + indicator + "'");
      indicator = null;
    }
    String levelText = problems.required(path + ".level", entry.level());
    UnitLevel level = null;
    String audience = null;
    if (levelText != null) {
      if (PROVINCE_WIDE.contains(levelText)) {
        level = UnitLevel.PROVINCE;
        audience = levelText;
      } else {
        level = problems.oneOf(path + ".level", levelText, UnitLevel.values(), UnitLevel::id);
      }
    }
    Comparator comparator =
        problems.oneOf(
            path + ".comparator", entry.comparator(), Comparator.values(), Comparator::symbol);
    Double value = number(path + ".value", entry.value(), true);
    LocalDate deadline = problems.required(path + ".deadline", entry.deadline());
    Baseline baseline = baseline(path + ".baseline", entry.baseline(), deadline);
    List<TrajectoryPoint> milestones =
        milestones(path + ".milestones", entry.milestones(), baseline, deadline);
    Curve curve = entry.curve() == null ? Curve.LINEAR : curve(path + ".curve", entry.curve());
    Double tolerance = number(path + ".tolerance", entry.tolerance(), false);
    if (tolerance != null && tolerance < 0) {
      problems.add(path + ".tolerance: must be ≥ 0, but was " + entry.tolerance().toPlainString());
      tolerance = null;
    }
    List<String> units = orEmpty(entry.units());
    for (int u = 0; u < units.size(); u++) {
      problems.required(path + ".units[" + u + "]", units.get(u));
    }
    if (planId == null
        || indicator == null
        || level == null
        || comparator == null
        || value == null
        || deadline == null
        || curve == null) {
      return null;
    }
    String id = entry.id() != null ? entry.id() : defaultId(indicator, levelText, deadline, units);
    return new Target(
        planId + "/" + id,
        planId,
        indicator,
        level,
        comparator,
        value,
        deadline,
        entry.quote(),
        entry.note(),
        audience,
        entry.section(),
        baseline,
        milestones,
        curve,
        tolerance,
        Set.copyOf(units.stream().filter(java.util.Objects::nonNull).toList()));
  }

  private static String defaultId(
      String indicator, String level, LocalDate deadline, List<String> units) {
    String id = indicator + "/" + level + "/" + deadline.getYear();
    return units.isEmpty() ? id : id + "/" + String.join("+", units.stream().sorted().toList());
  }

  private Double number(String path, BigDecimal value, boolean isRequired) {
    if (value == null) {
      if (isRequired) {
        problems.add(path + ": is required");
      }
      return null;
    }
    return value.doubleValue();
  }

  private Baseline baseline(String path, PlanDocument.Point point, LocalDate deadline) {
    if (point == null) {
      return null;
    }
    LocalDate date = problems.required(path + ".date", point.date());
    Double value = number(path + ".value", point.value(), true);
    if (date != null && deadline != null && !date.isBefore(deadline)) {
      problems.add(path + ".date: must be before the deadline " + deadline + ", but was " + date);
      return null;
    }
    return date == null || value == null ? null : new Baseline(date, value);
  }

  private List<TrajectoryPoint> milestones(
      String path, List<PlanDocument.Point> points, Baseline baseline, LocalDate deadline) {
    List<TrajectoryPoint> milestones = new ArrayList<>();
    LocalDate previous = baseline == null ? null : baseline.date();
    List<PlanDocument.Point> entries = orEmpty(points);
    for (int m = 0; m < entries.size(); m++) {
      String at = path + "[" + m + "]";
      PlanDocument.Point point = entries.get(m);
      if (point == null) {
        problems.add(at + ": is required");
        continue;
      }
      LocalDate date = problems.required(at + ".date", point.date());
      Double value = number(at + ".value", point.value(), true);
      if (date == null || value == null) {
        continue;
      }
      if (previous != null && !date.isAfter(previous)) {
        problems.add(
            at
                + ".date: must be after "
                + previous
                + " (the baseline and milestones run in date order), but was "
                + date);
      } else if (deadline != null && !date.isBefore(deadline)) {
        problems.add(at + ".date: must be before the deadline " + deadline + ", but was " + date);
      } else {
        milestones.add(new TrajectoryPoint(date, value));
        previous = date;
      }
    }
    return milestones;
  }

  private Curve curve(String path, String value) {
    return problems.oneOf(path, value, Curve.values(), c -> c.name().toLowerCase(Locale.ROOT));
  }

  /**
   * A weighted mean was once accepted and computed unweighted; no weight is known for a unit's
   * figure, so it is refused with the reason rather than as an unknown word.
   */
  private Rollup rollup(String path, String value) {
    if (WEIGHTED_MEAN.equals(value)) {
      problems.add(
          path
              + ": "
              + WEIGHTED_MEAN
              + " is not supported: no weight is known for a unit's figure; use sum or none");
      return null;
    }
    return problems.oneOf(path, value, Rollup.values(), Rollup::id);
  }

  private Period period(String path, String value) {
    if (problems.required(path, value) == null) {
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

  /** An optional window: null when absent, else a positive ISO-8601 duration. */
  private Duration window(String path, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Duration window = Duration.parse(value);
      if (!window.isNegative() && !window.isZero()) {
        return window;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(
        path + ": must be a positive ISO-8601 duration such as P120D, but was '" + value + "'");
    return null;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
