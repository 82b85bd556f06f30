package vn.dxmonitor.runtime.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreItem;
import vn.dxmonitor.model.scorecard.ScoreWindow;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScoringRule;
import vn.dxmonitor.model.scorecard.WhenNoBase;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Reads scorecard documents into the model, reporting every problem by its path — {@code
 * groups[1].items[0].threshold: is required by rule threshold-linear} — all at once, as {@link
 * CatalogReader} does for indicators and plans.
 */
public final class ScorecardReader {

  /** The scorecards that ship with the platform: the 766 index and DTI. */
  public static final String SHIPPED = "/catalog/scorecards.yaml";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
  private static final double SAME_POINTS = 1e-6;
  private static final String[] RULES = {
    ScoringRule.Linear.ID,
    ScoringRule.ThresholdLinear.ID,
    ScoringRule.Capped.ID,
    ScoringRule.Inverse.ID
  };

  private final FieldProblems problems = new FieldProblems();

  private ScorecardReader() {}

  /** The shipped scorecards as documents, unchecked: what seeds the catalog topic. */
  public static List<ScorecardDocument> shippedDocuments() {
    try (InputStream in = ScorecardReader.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + SHIPPED);
      }
      ScorecardDocument.File file = CatalogReader.YAML.readValue(in, ScorecardDocument.File.class);
      return file.scorecards() == null ? List.of() : List.copyOf(file.scorecards());
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("cannot read " + SHIPPED + ": " + e.getMessage(), e);
    }
  }

  /** The shipped scorecards, checked against the indicators of {@code catalog}. */
  public static List<Scorecard> shipped(vn.dxmonitor.model.catalog.Catalog catalog) {
    Set<String> ids = new LinkedHashSet<>();
    catalog.indicators().forEach(indicator -> ids.add(indicator.id()));
    return shippedDocuments().stream().map(document -> read(document, ids)).toList();
  }

  /**
   * @param indicatorIds the indicators a sub-indicator may read
   * @throws InvalidCatalogException naming each field at fault, by its path within the scorecard
   */
  public static Scorecard read(ScorecardDocument document, Set<String> indicatorIds) {
    ScorecardReader reader = new ScorecardReader();
    Scorecard scorecard = reader.scorecard(document, indicatorIds);
    reader.problems.throwIfAny("scorecard " + (document == null ? "" : document.id()));
    return scorecard;
  }

  private Scorecard scorecard(ScorecardDocument document, Set<String> indicatorIds) {
    if (document == null) {
      problems.add("scorecard: is required");
      return null;
    }
    String id = id("id", document.id());
    if (id != null && indicatorIds.contains(id)) {
      // An alert on a score names the scorecard where an alert on a value names its indicator
      problems.add(
          "id: is the id of an indicator of the catalog, which a scorecard must not share");
    }
    String nameVi = problems.required("nameVi", document.nameVi());
    String nameEn = problems.required("nameEn", document.nameEn());
    String source = problems.required("source", document.source());
    ScoreWindow window =
        problems.oneOf("window", document.window(), ScoreWindow.values(), ScoreWindow::id);
    BigDecimal outOf = positive("outOf", document.outOf());
    Set<UnitLevel> levels = levels(document.levels());
    String published = document.published();
    if (published != null && !indicatorIds.contains(published)) {
      problems.add("published: names no indicator of the catalog: '" + published + "'");
    }
    List<ScoreGroup> groups = new ArrayList<>();
    List<ScorecardDocument.GroupDocument> groupDocuments = orEmpty(document.groups());
    if (groupDocuments.isEmpty()) {
      problems.add("groups: must hold at least one group");
    }
    for (int g = 0; g < groupDocuments.size(); g++) {
      ScoreGroup group = group("groups[" + g + "]", groupDocuments.get(g), indicatorIds);
      if (group != null) {
        groups.add(group);
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    double sum = groups.stream().mapToDouble(ScoreGroup::maxPoints).sum();
    if (Math.abs(sum - outOf.doubleValue()) > SAME_POINTS) {
      problems.add(
          "outOf: is "
              + outOf.toPlainString()
              + " but the groups add up to "
              + BigDecimal.valueOf(sum).stripTrailingZeros().toPlainString());
      return null;
    }
    try {
      return new Scorecard(
          id, nameVi, nameEn, source, window, outOf.doubleValue(), levels, groups, published);
    } catch (IllegalArgumentException e) {
      problems.add("groups: " + e.getMessage());
      return null;
    }
  }

  private Set<UnitLevel> levels(List<String> ids) {
    Set<UnitLevel> levels = new LinkedHashSet<>();
    if (orEmpty(ids).isEmpty()) {
      problems.add("levels: must name at least one unit level");
    }
    for (int l = 0; l < orEmpty(ids).size(); l++) {
      UnitLevel level =
          problems.oneOf("levels[" + l + "]", ids.get(l), UnitLevel.values(), UnitLevel::id);
      if (level != null) {
        levels.add(level);
      }
    }
    return levels;
  }

  private ScoreGroup group(
      String path, ScorecardDocument.GroupDocument document, Set<String> indicatorIds) {
    if (document == null) {
      problems.add(path + ": is required");
      return null;
    }
    String id = id(FieldProblems.at(path, "id"), document.id());
    String nameVi = problems.required(FieldProblems.at(path, "nameVi"), document.nameVi());
    String nameEn = problems.required(FieldProblems.at(path, "nameEn"), document.nameEn());
    List<ScoreItem> items = new ArrayList<>();
    List<ScorecardDocument.ItemDocument> itemDocuments = orEmpty(document.items());
    if (itemDocuments.isEmpty()) {
      problems.add(FieldProblems.at(path, "items") + ": must hold at least one item");
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (int i = 0; i < itemDocuments.size(); i++) {
      ScorecardDocument.ItemDocument entry = itemDocuments.get(i);
      ScoreItem item = item(FieldProblems.at(path, "items[" + i + "]"), entry, indicatorIds);
      if (item == null) {
        complete = false;
      } else {
        items.add(item);
        sum = sum.add(entry.points());
      }
    }
    if (complete && document.points() != null && document.points().compareTo(sum) != 0) {
      problems.add(
          FieldProblems.at(path, "points")
              + ": is "
              + document.points().toPlainString()
              + " but its items add up to "
              + sum.toPlainString());
    }
    if (id == null || nameVi == null || nameEn == null || !complete || items.isEmpty()) {
      return null;
    }
    return new ScoreGroup(id, nameVi, nameEn, items);
  }

  private ScoreItem item(
      String path, ScorecardDocument.ItemDocument entry, Set<String> indicatorIds) {
    if (entry == null) {
      problems.add(path + ": is required");
      return null;
    }
    String id = id(FieldProblems.at(path, "id"), entry.id());
    String nameVi = problems.required(FieldProblems.at(path, "nameVi"), entry.nameVi());
    String nameEn = problems.required(FieldProblems.at(path, "nameEn"), entry.nameEn());
    String indicator = problems.required(FieldProblems.at(path, "indicator"), entry.indicator());
    if (indicator != null && !indicatorIds.contains(indicator)) {
      problems.add(
          FieldProblems.at(path, "indicator")
              + ": names no indicator of the catalog: '"
              + indicator
              + "'");
      indicator = null;
    }
    BigDecimal points = atLeastZero(FieldProblems.at(path, "points"), entry.points());
    ScoringRule rule = rule(path, entry);
    WhenNoBase whenNoBase =
        entry.whenNoBase() == null
            ? WhenNoBase.FULL_POINTS
            : problems.oneOf(
                FieldProblems.at(path, "whenNoBase"),
                entry.whenNoBase(),
                WhenNoBase.values(),
                WhenNoBase::id);
    if (id == null
        || nameVi == null
        || nameEn == null
        || indicator == null
        || points == null
        || rule == null
        || whenNoBase == null) {
      return null;
    }
    return new ScoreItem(
        id, nameVi, nameEn, indicator, points.doubleValue(), rule, whenNoBase, entry.source());
  }

  private ScoringRule rule(String path, ScorecardDocument.ItemDocument entry) {
    String ruleId = problems.oneOf(FieldProblems.at(path, "rule"), entry.rule(), RULES, r -> r);
    if (ruleId == null) {
      return null;
    }
    RuleFields fields = new RuleFields(path, ruleId, entry);
    return switch (ruleId) {
      case ScoringRule.Linear.ID -> {
        fields.unread("threshold", "pointsPerUnit", "best", "worst");
        BigDecimal full = entry.full() == null ? PERCENT : fields.positive("full");
        yield full == null ? null : new ScoringRule.Linear(full.doubleValue());
      }
      case ScoringRule.ThresholdLinear.ID -> {
        fields.unread("full", "pointsPerUnit", "best", "worst");
        BigDecimal threshold = fields.positive("threshold");
        yield threshold == null ? null : new ScoringRule.ThresholdLinear(threshold.doubleValue());
      }
      case ScoringRule.Capped.ID -> {
        fields.unread("full", "threshold", "best", "worst");
        BigDecimal perUnit = fields.positive("pointsPerUnit");
        yield perUnit == null ? null : new ScoringRule.Capped(perUnit.doubleValue());
      }
      default -> {
        fields.unread("full", "threshold", "pointsPerUnit");
        yield inverse(path, entry);
      }
    };
  }

  private ScoringRule inverse(String path, ScorecardDocument.ItemDocument entry) {
    BigDecimal best = entry.best();
    BigDecimal worst = entry.worst();
    if (best == null) {
      problems.add(FieldProblems.at(path, "best") + ": is required by rule inverse");
    }
    if (worst == null) {
      problems.add(FieldProblems.at(path, "worst") + ": is required by rule inverse");
    }
    if (best == null || worst == null) {
      return null;
    }
    if (worst.compareTo(best) <= 0) {
      problems.add(
          FieldProblems.at(path, "worst")
              + ": must be above best ("
              + best.toPlainString()
              + "), but was "
              + worst.toPlainString());
      return null;
    }
    return new ScoringRule.Inverse(best.doubleValue(), worst.doubleValue());
  }

  /** The fields of one item that parametrise its rule, checked against what the rule reads. */
  private final class RuleFields {

    private final String path;
    private final String rule;
    private final ScorecardDocument.ItemDocument entry;

    RuleFields(String path, String rule, ScorecardDocument.ItemDocument entry) {
      this.path = path;
      this.rule = rule;
      this.entry = entry;
    }

    BigDecimal positive(String field) {
      BigDecimal value = value(field);
      if (value == null) {
        problems.add(FieldProblems.at(path, field) + ": is required by rule " + rule);
        return null;
      }
      return ScorecardReader.this.positive(FieldProblems.at(path, field), value);
    }

    /** A field the rule does not read is a mistake its author should hear of. */
    void unread(String... fields) {
      for (String field : fields) {
        if (value(field) != null) {
          problems.add(FieldProblems.at(path, field) + ": is not read by rule " + rule);
        }
      }
    }

    private BigDecimal value(String field) {
      return switch (field) {
        case "full" -> entry.full();
        case "threshold" -> entry.threshold();
        case "pointsPerUnit" -> entry.pointsPerUnit();
        case "best" -> entry.best();
        default -> entry.worst();
      };
    }
  }

  private String id(String path, String id) {
    if (problems.required(path, id) == null) {
      return null;
    }
    if (!ID.matcher(id).matches()) {
      problems.add(path + ": must be lower-case letters, digits and '-', but was '" + id + "'");
      return null;
    }
    return id;
  }

  private BigDecimal positive(String path, BigDecimal value) {
    if (problems.required(path, value) == null) {
      return null;
    }
    if (value.signum() <= 0) {
      problems.add(path + ": must be above 0, but was " + value.toPlainString());
      return null;
    }
    return value;
  }

  private BigDecimal atLeastZero(String path, BigDecimal value) {
    if (problems.required(path, value) == null) {
      return null;
    }
    if (value.signum() < 0) {
      problems.add(path + ": must be 0 or more, but was " + value.toPlainString());
      return null;
    }
    return value;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
