package vn.dxmonitor.alerting.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * Checks a rule configuration and turns it into a {@link RuleSet}. Every problem is reported at
 * once, each with the path of its field, so that one correction pass fixes a document.
 */
public final class RuleSetReader {

  /** Where the default configuration lives on the classpath, seeded into the catalog topic. */
  public static final String DEFAULT_RESOURCE = "/catalog/alert-rules.yaml";

  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private RuleSetReader() {}

  /** The configuration shipped with the service. */
  public static RulesDocument defaultDocument() {
    try (InputStream in = RuleSetReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return YAML.readValue(in, RulesDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    } catch (JacksonException e) {
      throw new IllegalStateException(DEFAULT_RESOURCE + " is not a rule configuration", e);
    }
  }

  /** Reads YAML (or JSON, which is YAML too) into a document, without checking its values. */
  public static RulesDocument parse(String text) {
    try {
      return YAML.readValue(text, RulesDocument.class);
    } catch (JacksonException e) {
      throw new InvalidConfigurationException(
          List.of(
              new SimpleEntry<>(
                  "rules", "is not a rule configuration: " + e.getOriginalMessage())));
    }
  }

  /**
   * @param catalog when given, plans and indicators must exist in it
   * @throws InvalidConfigurationException naming every field at fault
   */
  public static RuleSet read(RulesDocument document, Catalog catalog) {
    List<Map.Entry<String, String>> problems = new ArrayList<>();
    List<RuleEntry> entries = new ArrayList<>();
    for (int i = 0; i < document.rules().size(); i++) {
      RuleDocument rule = document.rules().get(i);
      String at = "rules[" + i + "].";
      if (rule == null) {
        problems.add(new SimpleEntry<>("rules[" + i + "]", "must be an object"));
        continue;
      }
      RuleKind kind = null;
      if (rule.rule() == null) {
        problems.add(
            new SimpleEntry<>(
                at + "rule", "is required; one of " + ids(RuleKind.values(), RuleKind::id)));
      } else {
        kind = RuleKind.fromId(rule.rule()).orElse(null);
        if (kind == null) {
          problems.add(
              new SimpleEntry<>(
                  at + "rule",
                  "must be one of "
                      + ids(RuleKind.values(), RuleKind::id)
                      + ", but was '"
                      + rule.rule()
                      + "'"));
        }
      }
      if (catalog != null && rule.plan() != null && catalog.plan(rule.plan()).isEmpty()) {
        problems.add(
            new SimpleEntry<>(at + "plan", "plan '" + rule.plan() + "' is not in the catalog"));
      }
      // A score rule's indicator names a part of a scorecard (766, 766/progress), not an indicator.
      if (catalog != null
          && rule.indicator() != null
          && !RuleKind.SCORE_RULES.contains(kind)
          && catalog.indicator(rule.indicator()).isEmpty()) {
        problems.add(
            new SimpleEntry<>(
                at + "indicator", "indicator '" + rule.indicator() + "' is not in the catalog"));
      }
      UnitLevel level = null;
      if (rule.level() != null) {
        level = UnitLevel.fromId(rule.level()).orElse(null);
        if (level == null) {
          problems.add(
              new SimpleEntry<>(
                  at + "level",
                  "must be one of "
                      + ids(UnitLevel.values(), UnitLevel::id)
                      + ", but was '"
                      + rule.level()
                      + "'"));
        }
      }
      Severity severity = null;
      if (rule.severity() != null) {
        severity = Severity.fromId(rule.severity()).orElse(null);
        if (severity == null) {
          problems.add(
              new SimpleEntry<>(
                  at + "severity",
                  "must be one of "
                      + ids(Severity.values(), Severity::id)
                      + ", but was '"
                      + rule.severity()
                      + "'"));
        }
      }
      Duration pendingFor = duration(rule.pendingFor(), at + "pendingFor", problems);
      Duration resolveFor = duration(rule.resolveFor(), at + "resolveFor", problems);
      Period window = period(rule.window(), at + "window", problems);
      if (rule.threshold() != null
          && !(rule.threshold() >= 0 && Double.isFinite(rule.threshold()))) {
        problems.add(
            new SimpleEntry<>(
                at + "threshold", "must be a finite number ≥ 0, but was " + rule.threshold()));
      }
      entries.add(
          new RuleEntry(
              kind,
              rule.plan(),
              rule.indicator(),
              level,
              rule.enabled(),
              severity,
              pendingFor,
              resolveFor,
              rule.threshold(),
              window,
              rule.neverReported()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return new RuleSet(entries);
  }

  private static Duration duration(
      String text, String field, List<Map.Entry<String, String>> problems) {
    if (text == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative()) {
        problems.add(new SimpleEntry<>(field, "must not be negative, but was '" + text + "'"));
      }
      return duration;
    } catch (DateTimeParseException e) {
      problems.add(
          new SimpleEntry<>(
              field, "must be an ISO-8601 duration such as PT15M, but was '" + text + "'"));
      return null;
    }
  }

  private static Period period(
      String text, String field, List<Map.Entry<String, String>> problems) {
    if (text == null) {
      return null;
    }
    try {
      Period period = Period.parse(text);
      if (period.isNegative() || period.isZero()) {
        problems.add(new SimpleEntry<>(field, "must be longer than zero, but was '" + text + "'"));
      }
      return period;
    } catch (DateTimeParseException e) {
      problems.add(
          new SimpleEntry<>(
              field, "must be an ISO-8601 period such as P7D, but was '" + text + "'"));
      return null;
    }
  }

  private static <T> String ids(T[] values, Function<T, String> id) {
    return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
  }
}
