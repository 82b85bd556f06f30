package vn.dxmonitor.alerting.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.dxmonitor.alerting.lifecycle.Subject;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.reporting.ReportingCalendar;
import vn.dxmonitor.model.status.Assessment;
import vn.dxmonitor.model.status.StatusJudge;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Judges a unit's indicator by every rule, at the alerting service's own date: time moves a
 * trajectory even when no value arrives. The unit's standing is the {@link StatusJudge}'s verdict
 * on the value as the processor published it, against the catalog in force today — the verdict the
 * processor and the dashboard reach on the same day. Only a unit some plan sets a target for is
 * judged: that is what the registry expects to report.
 */
public final class Evaluator {

  /** How many recent days the projection to the deadline is drawn through. */
  static final int PROJECTION_DAYS = 14;

  private final CatalogSource catalog;
  private final StatusJudge judge;
  private final Supplier<RuleSet> rules;

  public Evaluator(CatalogSource catalog, StatusJudge judge, Supplier<RuleSet> rules) {
    this.catalog = catalog;
    this.judge = judge;
    this.rules = rules;
  }

  /**
   * The units of a province that some plan expects to report on an indicator, yet were never heard
   * of, judged by the {@code no-data} rule — it holds where it is set to alert on them ({@code
   * neverReported}) and clears elsewhere, so such an alert also ends when the setting is turned off
   * — and by {@code report-overdue}, which holds once a figure they owe is past its deadline.
   *
   * @param heard whether a value has ever arrived for a value key (unit and indicator)
   * @param silence whether to judge {@code no-data} too; {@code report-overdue} is judged for every
   *     indicator the units report themselves
   */
  public List<Judgement> judgeUnheard(
      String province, LocalDate today, Predicate<String> heard, boolean silence) {
    RuleSet ruleSet = rules.get();
    Catalog current = catalog.catalogOn(today);
    UnitRegistry units = catalog.units().at(today);
    List<Judgement> judgements = new ArrayList<>();
    for (Unit unit : units.subtree(province)) {
      for (Indicator indicator : current.indicators()) {
        boolean reported = ReportingCadence.of(indicator.cadence()).isPresent();
        if ((!silence && !reported) || heard.test(ValueKey.of(unit.code(), indicator.id()))) {
          continue;
        }
        Optional<Target> target =
            current.governingTarget(indicator.id(), unit, catalog.units(), today);
        if (target.isEmpty()) {
          continue;
        }
        IndicatorValue unheard = UnheardValue.of(unit, indicator.id());
        Assessment assessment = judge.judge(current, target.get(), unheard, today, List.of());
        Situation situation =
            new Situation(
                unheard,
                Observation.first(unheard, today),
                indicator,
                assessment,
                today,
                duties(current, unit.code(), indicator, today),
                current.workingDaysOf(target.get().planId()));
        for (RuleKind rule : unheardRules(silence, reported)) {
          RuleSettings settings =
              ruleSet.settingsFor(rule, target.get().planId(), indicator.id(), unit.level());
          judgements.add(
              new Judgement(
                  subject(rule, unit, units, indicator.id(), target.get()),
                  RuleConditions.find(rule, situation, settings),
                  settings));
        }
      }
    }
    return judgements;
  }

  public List<Judgement> judge(Observation observation, LocalDate today) {
    Optional<Situation> found = situation(observation, today);
    if (found.isEmpty()) {
      return List.of();
    }
    Situation situation = found.get();
    IndicatorValue value = situation.value();
    Target target = situation.assessment().target();
    UnitRegistry units = catalog.units().at(today);
    Unit unit = units.find(value.where().unit()).orElseThrow();
    RuleSet ruleSet = rules.get();
    List<Judgement> judgements = new ArrayList<>(RuleKind.VALUE_RULES.size());
    for (RuleKind rule : RuleKind.VALUE_RULES) {
      Subject subject = subject(rule, unit, units, value.indicator(), target);
      RuleSettings settings =
          ruleSet.settingsFor(rule, target.planId(), value.indicator(), unit.level());
      judgements.add(
          new Judgement(subject, RuleConditions.find(rule, situation, settings), settings));
    }
    return judgements;
  }

  /**
   * What the rules judge the observed unit and indicator on today: its value and its standing
   * against the target that governs it. Empty for a unit or indicator the catalog no longer has, or
   * one no plan sets a target for.
   */
  public Optional<Situation> situation(Observation observation, LocalDate today) {
    IndicatorValue value = observation.latest();
    Catalog current = catalog.catalogOn(today);
    UnitRegistry units = catalog.units().at(today);
    Optional<Unit> unit = units.find(value.where().unit());
    Optional<Indicator> indicator = current.indicator(value.indicator());
    if (unit.isEmpty() || indicator.isEmpty()) {
      return Optional.empty();
    }
    Optional<Target> target =
        current.governingTarget(value.indicator(), unit.get(), catalog.units(), today);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Assessment assessment =
        judge.judge(
            current,
            target.get(),
            value,
            today,
            observation.since(today.minusDays(PROJECTION_DAYS - 1L)));
    return Optional.of(
        new Situation(
            value,
            observation,
            indicator.get(),
            assessment,
            today,
            duties(current, unit.get().code(), indicator.get(), today),
            current.workingDaysOf(target.get().planId())));
  }

  /** The rules that can hold for a unit never heard of: silence, and the reports it owes. */
  private static List<RuleKind> unheardRules(boolean silence, boolean reported) {
    List<RuleKind> rules = new ArrayList<>(2);
    if (silence) {
      rules.add(RuleKind.NO_DATA);
    }
    if (reported) {
      rules.add(RuleKind.REPORT_OVERDUE);
      rules.add(RuleKind.REPORT_DUE);
    }
    return rules;
  }

  private ReportDuties duties(Catalog current, String unit, Indicator indicator, LocalDate today) {
    if (ReportingCadence.of(indicator.cadence()).isEmpty()) {
      return ReportDuties.NONE;
    }
    ReportingCalendar calendar = new ReportingCalendar(current, catalog.units());
    return new ReportDuties(
        calendar.lastDeadlinePassed(unit, indicator, today),
        calendar.nextDeadline(unit, indicator, today));
  }

  private static Subject subject(
      RuleKind rule, Unit unit, UnitRegistry units, String indicatorId, Target target) {
    return Subject.of(rule.id(), unit, units, indicatorId, target.planId(), target.id());
  }

  /** The codes of today's provinces. */
  public List<String> provinces(LocalDate today) {
    return catalog.units().at(today).all().stream()
        .filter(unit -> unit.level() == UnitLevel.PROVINCE)
        .map(Unit::code)
        .toList();
  }

  /** The province a unit lies in today (itself for a province), or empty for an unknown code. */
  public Optional<String> provinceOf(String unitCode, LocalDate today) {
    UnitRegistry units = catalog.units().at(today);
    if (units.find(unitCode).isEmpty()) {
      return Optional.empty();
    }
    List<Unit> ancestors = units.ancestors(unitCode);
    return Optional.of(ancestors.isEmpty() ? unitCode : ancestors.get(ancestors.size() - 1).code());
  }
}
