package vn.dxmonitor.alerting.score;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.dxmonitor.alerting.evaluate.Judgement;
import vn.dxmonitor.alerting.lifecycle.Subject;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.scorecard.Figures;
import vn.dxmonitor.model.scorecard.GroupScore;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.ScorePart;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * Scores a unit on the scorecards in force, from the latest values the engine observed, the way the
 * dashboard's index board scores it ({@link Figures}, {@link Scorecard#score}), and judges the
 * score by the score rules: {@code score-below} for each group, {@code score-drop} for the total.
 */
public final class ScoreJudge {

  private final CatalogSource catalog;
  private final ScorecardSource scorecards;
  private final Supplier<RuleSet> rules;

  public ScoreJudge(CatalogSource catalog, ScorecardSource scorecards, Supplier<RuleSet> rules) {
    this.catalog = catalog;
    this.scorecards = scorecards;
    this.rules = rules;
  }

  /**
   * The scorecards that score {@code unit} at its level today and, when {@code indicator} is given,
   * read that indicator: those a new value of it may move.
   */
  public List<Scorecard> cardsFor(String unit, String indicator, Instant now, LocalDate today) {
    Optional<Unit> found = catalog.units().at(today).find(unit);
    if (found.isEmpty()) {
      return List.of();
    }
    return scorecards.at(now).stream()
        .filter(card -> card.levels().contains(found.get().level()))
        .filter(card -> indicator == null || card.indicators().contains(indicator))
        .toList();
  }

  /** The card in force now with this id, if any. */
  public Optional<Scorecard> card(String id, Instant now) {
    return scorecards.find(id, now);
  }

  /**
   * The unit's score on the card today.
   *
   * @param latest the latest value the engine observed of the unit on an indicator; null if none
   */
  public Score score(
      Scorecard card, String unit, LocalDate today, Function<String, IndicatorValue> latest) {
    Catalog current = catalog.catalogOn(today);
    return card.score(
        indicator ->
            Figures.of(latest.apply(indicator), kindOf(current, indicator), card.window(), today));
  }

  /**
   * The score rules' judgements of the unit's score: one per group, one for the total. Empty for a
   * unit the registry no longer has.
   *
   * @param history the unit's daily totals on the card, today's included
   */
  public List<Judgement> judge(
      String unitCode, Score score, ScoreHistory history, LocalDate today) {
    UnitRegistry units = catalog.units().at(today);
    Optional<Unit> found = units.find(unitCode);
    if (found.isEmpty()) {
      return List.of();
    }
    Unit unit = found.get();
    RuleSet ruleSet = rules.get();
    Scorecard card = score.scorecard();
    List<Judgement> judgements = new ArrayList<>(score.groups().size() + 1);
    for (GroupScore group : score.groups()) {
      ScorePart part = ScorePart.of(card, group.group());
      RuleSettings settings = settingsFor(ruleSet, RuleKind.SCORE_BELOW, part, unit);
      judgements.add(
          new Judgement(
              subject(RuleKind.SCORE_BELOW, unit, units, part),
              ScoreConditions.below(unit.name(), score, group, settings),
              settings));
    }
    ScorePart total = ScorePart.total(card);
    RuleSettings settings = settingsFor(ruleSet, RuleKind.SCORE_DROP, total, unit);
    judgements.add(
        new Judgement(
            subject(RuleKind.SCORE_DROP, unit, units, total),
            ScoreConditions.drop(unit.name(), score, history, today, settings),
            settings));
    return judgements;
  }

  private static RuleSettings settingsFor(
      RuleSet ruleSet, RuleKind rule, ScorePart part, Unit unit) {
    return ruleSet.settingsFor(rule, null, part.id(), unit.level());
  }

  private static Subject subject(RuleKind rule, Unit unit, UnitRegistry units, ScorePart part) {
    return Subject.of(rule.id(), unit, units, part.id(), null, null);
  }

  private static IndicatorKind kindOf(Catalog catalog, String indicator) {
    return catalog.indicator(indicator).map(Indicator::kind).orElse(IndicatorKind.MEASUREMENT);
  }
}
