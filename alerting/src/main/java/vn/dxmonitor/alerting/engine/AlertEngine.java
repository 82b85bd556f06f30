package vn.dxmonitor.alerting.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.alerting.evaluate.Judgement;
import vn.dxmonitor.alerting.evaluate.Observation;
import vn.dxmonitor.alerting.evaluate.RuleConditions;
import vn.dxmonitor.alerting.lifecycle.ActionRefusedException;
import vn.dxmonitor.alerting.lifecycle.AlertActions;
import vn.dxmonitor.alerting.lifecycle.AlertMachine;
import vn.dxmonitor.alerting.lifecycle.Finding;
import vn.dxmonitor.alerting.lifecycle.Subject;
import vn.dxmonitor.alerting.notify.NotificationStores;
import vn.dxmonitor.alerting.notify.Notifier;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.alerting.rule.RuleSet;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.alerting.rule.Severity;
import vn.dxmonitor.alerting.score.ScoreHistory;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertCommand;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.scorecard.Points;
import vn.dxmonitor.model.scorecard.Score;
import vn.dxmonitor.model.scorecard.ScorePart;
import vn.dxmonitor.model.scorecard.Scorecard;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.ValueKey;

/**
 * The alerts of the provinces one task owns. A value is judged by every rule as it arrives; every
 * unit is judged again on the evaluation clock, and the timers of active alerts (pending and
 * resolve periods) are checked on the tick. Each alert that changes is stored and forwarded; the
 * stores and the output commit together (exactly-once), so a restart neither loses nor repeats a
 * transition.
 */
final class AlertEngine implements Processor<String, EngineInput, String, EngineOutput> {

  private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);

  private final EngineSettings settings;
  private ProcessorContext<String, EngineOutput> context;
  private KeyValueStore<String, Observation> observations;
  private KeyValueStore<String, Alert> alerts;
  private KeyValueStore<String, ScoreHistory> scores;
  private Notifier notifier;

  /** The pending and firing alerts, so the tick need not read the whole store. */
  private final ActiveAlerts active = new ActiveAlerts();

  AlertEngine(EngineSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EngineOutput> context) {
    this.context = context;
    this.observations = context.getStateStore(AlertTopology.OBSERVATIONS);
    this.alerts = context.getStateStore(AlertTopology.ALERTS);
    this.scores = context.getStateStore(AlertTopology.SCORES);
    try (KeyValueIterator<String, Alert> all = alerts.all()) {
      while (all.hasNext()) {
        Alert alert = all.next().value;
        active.update(alert);
      }
    }
    this.notifier =
        new Notifier(
            settings.routes(),
            new NotificationStores(
                context.getStateStore(AlertTopology.GROUPS),
                context.getStateStore(AlertTopology.DIGESTS)),
            new EngineAlerts(alerts, active),
            notification ->
                context.forward(
                    new Record<>(
                        notification.receiver(),
                        EngineOutput.of(notification),
                        settings.clock().millis())));
    context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    context.schedule(
        settings.evaluationInterval(), PunctuationType.WALL_CLOCK_TIME, this::evaluateAll);
  }

  @Override
  public void process(Record<String, EngineInput> record) {
    EngineInput input = record.value();
    Instant now = settings.clock().instant();
    if (input.value() != null) {
      observe(input.value(), now);
    } else if (input.command() != null) {
      command(input.command(), now);
    }
  }

  private void observe(IndicatorValue value, Instant now) {
    LocalDate today = VietnamTime.dateOf(now);
    String key = ValueKey.of(value.where().unit(), value.indicator());
    Observation before = observations.get(key);
    Observation observation =
        before == null ? Observation.first(value, today) : before.with(value, today);
    observations.put(key, observation);
    judge(observation, today, now);
    for (Scorecard card :
        settings.scores().cardsFor(value.where().unit(), value.indicator(), now, today)) {
      judgeScore(card, value.where().unit(), today, now);
    }
  }

  /**
   * Scores the unit on the card from the latest values observed, keeps the day's total for the drop
   * window, and judges the score.
   *
   * @return the ids of the alerts judged: every part of the card as it stands
   */
  private List<String> judgeScore(Scorecard card, String unit, LocalDate today, Instant now) {
    Score score =
        settings
            .scores()
            .score(
                card,
                unit,
                today,
                indicator -> {
                  Observation seen = observations.get(ValueKey.of(unit, indicator));
                  return seen == null ? null : seen.latest();
                });
    String key = ValueKey.of(unit, card.id());
    ScoreHistory before = Optional.ofNullable(scores.get(key)).orElse(ScoreHistory.EMPTY);
    ScoreHistory history =
        score.measured() ? before.with(today, Points.round(score.points(), 2)) : before;
    if (!history.equals(before)) {
      scores.put(key, history);
    }
    return apply(settings.scores().judge(unit, score, history, today), now);
  }

  /**
   * Judges every unit's scores again, as time moves the drop window; resolves the alerts on the
   * parts of a card that are no longer scored: a group a revised version dropped, a card no longer
   * in force, a unit no longer at a level the card scores.
   */
  private void judgeScores(LocalDate today, Instant now) {
    Map<String, List<Alert>> alertsByScore = new HashMap<>();
    for (Alert alert : active.all()) {
      if (RuleKind.fromId(alert.rule()).filter(RuleKind.SCORE_RULES::contains).isPresent()) {
        alertsByScore
            .computeIfAbsent(
                ValueKey.of(alert.where().unit(), ScorePart.cardOf(alert.what().indicator())),
                key -> new ArrayList<>())
            .add(alert);
      }
    }
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, ScoreHistory> all = scores.all()) {
      all.forEachRemaining(entry -> keys.add(entry.key));
    }
    for (String key : keys) {
      ValueKey scored = ValueKey.parse(key);
      Optional<Scorecard> card =
          settings.scores().cardsFor(scored.unit(), null, now, today).stream()
              .filter(candidate -> candidate.id().equals(scored.indicator()))
              .findFirst();
      List<String> judged = List.of();
      if (card.isPresent()) {
        judged = judgeScore(card.get(), scored.unit(), today, now);
      } else {
        scores.delete(key);
      }
      for (Alert alert : alertsByScore.getOrDefault(key, List.of())) {
        if (!judged.contains(alert.id())) {
          retire(alert, now);
        }
      }
    }
  }

  private void judge(Observation observation, LocalDate today, Instant now) {
    List<String> judged = apply(settings.evaluator().judge(observation, today), now);
    retireOthers(observation.latest(), judged, now);
  }

  /** Applies judgements to their alerts, and returns the ids of the alerts judged. */
  private List<String> apply(List<Judgement> judgements, Instant now) {
    List<String> judged = new ArrayList<>(judgements.size());
    for (Judgement judgement : judgements) {
      String id = judgement.subject().alertId();
      judged.add(id);
      Optional<Alert> current = Optional.ofNullable(alerts.get(id));
      AlertMachine.evaluate(
              current, judgement.subject(), judgement.finding(), judgement.settings(), now)
          .ifPresent(alert -> save(alert, current));
    }
    return judged;
  }

  /**
   * Resolves the active alerts of a unit and indicator that this judgement did not reach: those of
   * a plan that no longer governs the unit, or of a unit no target applies to any more.
   */
  private void retireOthers(IndicatorValue value, List<String> judged, Instant now) {
    for (Alert alert : active.of(ValueKey.of(value.where().unit(), value.indicator()))) {
      if (!judged.contains(alert.id())) {
        retire(alert, now);
      }
    }
  }

  private void retire(Alert alert, Instant now) {
    RuleSettings retired =
        RuleSettings.disabled(Severity.fromId(alert.severity()).orElse(Severity.WARNING));
    AlertMachine.evaluate(Optional.of(alert), subjectOf(alert), Finding.unknown(), retired, now)
        .ifPresent(next -> save(next, Optional.of(alert)));
  }

  private void command(AlertCommand command, Instant now) {
    Alert alert = alerts.get(command.alertId());
    if (alert == null) {
      log.warn("Command {} for unknown alert {} dropped", command.action(), command.alertId());
      return;
    }
    Instant at = command.at() != null ? command.at() : now;
    try {
      Alert next =
          switch (command.action()) {
            case AlertCommand.ACK ->
                AlertActions.acknowledge(alert, command.by(), command.text(), at);
            case AlertCommand.UNACK -> AlertActions.unacknowledge(alert, command.by(), at);
            case AlertCommand.ASSIGN ->
                AlertActions.assign(alert, command.assignee(), command.by(), at);
            case AlertCommand.COMMENT ->
                AlertActions.comment(alert, command.text(), command.by(), at);
            default ->
                throw new ActionRefusedException("unknown action '" + command.action() + "'");
          };
      save(next, Optional.of(alert));
    } catch (ActionRefusedException e) {
      log.info(
          "Command {} on {} by {} refused: {}",
          command.action(),
          alert.id(),
          command.by(),
          e.getMessage());
    }
  }

  private void tick(long timestamp) {
    Instant now = settings.clock().instant();
    for (Alert alert : active.all()) {
      AlertMachine.advance(alert, settingsOf(alert), now)
          .ifPresent(next -> save(next, Optional.of(alert)));
    }
    for (Alert alert : active.all()) {
      List<String> silences = settings.silences().silencing(alert, now);
      if (!silences.equals(alert.handling().silencedBy())) {
        save(AlertActions.silence(alert, silences, now), Optional.of(alert));
      }
    }
    notifier.tick(now, (next, before) -> save(next, Optional.of(before)));
  }

  private void evaluateAll(long timestamp) {
    Instant now = settings.clock().instant();
    LocalDate today = VietnamTime.dateOf(now);
    // Judging writes only the alerts store, so the observations can be read as they are judged.
    try (KeyValueIterator<String, Observation> all = observations.all()) {
      while (all.hasNext()) {
        judge(all.next().value, today, now);
      }
    }
    judgeScores(today, now);
    judgeUnheard(today, now);
  }

  /**
   * Looks through the registry for the units of this task's provinces that were never heard of,
   * when a rule wants them alerted on (silent, or owing a report), or when alerts about them are
   * still active and may now resolve. A province that sent nothing at all has no record to bring it
   * here, so the task works out which provinces are its own the way their records are partitioned.
   */
  private void judgeUnheard(LocalDate today, Instant now) {
    RuleSet rules = settings.rules().get();
    boolean silence =
        rules.mayAlertOnNeverReported()
            || active.all().stream()
                .anyMatch(alert -> RuleConditions.NEVER_REPORTED.equals(alert.what().reason()));
    boolean reports =
        rules.mayAlertOnReports()
            || active.all().stream()
                .anyMatch(
                    alert ->
                        RuleKind.fromId(alert.rule())
                            .filter(RuleSet.REPORT_RULES::contains)
                            .isPresent());
    if (!silence && !reports) {
      return;
    }
    int partition = context.taskId().partition();
    for (String province : settings.evaluator().provinces(today)) {
      if (ProvincePartitions.partitionOf(province, settings.partitions()) == partition) {
        apply(
            settings
                .evaluator()
                .judgeUnheard(province, today, key -> observations.get(key) != null, silence),
            now);
      }
    }
  }

  private RuleSettings settingsOf(Alert alert) {
    Optional<RuleKind> rule = RuleKind.fromId(alert.rule());
    if (rule.isEmpty()) {
      return RuleSettings.disabled(Severity.fromId(alert.severity()).orElse(Severity.WARNING));
    }
    return settings
        .rules()
        .get()
        .settingsFor(
            rule.get(),
            alert.what().planId(),
            alert.what().indicator(),
            UnitLevel.fromId(alert.where().level()).orElse(null));
  }

  private static Subject subjectOf(Alert alert) {
    return new Subject(
        alert.rule(),
        alert.where().unit(),
        alert.where().unitName(),
        alert.where().level(),
        alert.where().path(),
        alert.where().province(),
        alert.what().indicator(),
        alert.what().planId(),
        alert.what().targetId());
  }

  private void save(Alert candidate, Optional<Alert> before) {
    Alert alert = withSilences(candidate, before);
    alerts.put(alert.id(), alert);
    active.update(alert);
    AlertState was = before.map(Alert::state).orElse(null);
    if (was != alert.state()) {
      log.info("Alert {} is {}: {}", alert.id(), alert.state(), alert.what().summary());
      settings.transitions().moved(was, alert.state());
    }
    context.forward(new Record<>(alert.id(), EngineOutput.of(alert), settings.clock().millis()));
    notifier.changed(before.orElse(null), alert, settings.clock().instant());
  }

  /**
   * An alert that becomes active is checked against the silences at once, so that a silenced
   * alert's first firing version already says so and nothing is ever sent for it.
   */
  private Alert withSilences(Alert alert, Optional<Alert> before) {
    if (!alert.state().isActive()) {
      return alert;
    }
    Instant now = settings.clock().instant();
    List<String> silences = settings.silences().silencing(alert, now);
    boolean changed = !silences.equals(alert.handling().silencedBy());
    boolean fresh = before.isEmpty() || before.get().state() != alert.state();
    return changed && fresh ? AlertActions.silence(alert, silences, now) : alert;
  }
}
