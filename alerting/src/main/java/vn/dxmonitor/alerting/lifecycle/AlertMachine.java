package vn.dxmonitor.alerting.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.dxmonitor.alerting.rule.RuleSettings;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

/**
 * The alert lifecycle as a state machine: {@code PENDING → FIRING → RESOLVED}, a new episode of the
 * same alert when its rule holds again. Pure: the next version depends only on the current one, the
 * rule's verdict, its settings and the time, so re-evaluating the same situation changes nothing
 * and a replay after a restart reaches the same alert.
 *
 * <ul>
 *   <li>The rule holds: a resolved (or new) alert starts a pending episode; a pending alert fires
 *       once it has held for {@code pendingFor}; a firing alert stops clearing.
 *   <li>The unit is back on track ({@link Verdict#CLEARS}): a pending alert resolves at once (it
 *       never fired); a firing one resolves once it has been clear for {@code resolveFor}.
 *   <li>Neither ({@link Verdict#NEUTRAL}): a pending alert resolves, since the rule did not hold
 *       for the whole pending period; a firing one keeps firing and stops clearing.
 * </ul>
 */
public final class AlertMachine {

  static final String RULE = "rule";

  private AlertMachine() {}

  /**
   * @return the next version, or empty when nothing about the alert changed
   */
  public static Optional<Alert> evaluate(
      Optional<Alert> current,
      Subject subject,
      Finding finding,
      RuleSettings settings,
      Instant now) {
    Verdict verdict = settings.enabled() ? finding.verdict() : Verdict.CLEARS;
    boolean active = current.map(alert -> alert.state().isActive()).orElse(false);
    if (verdict == Verdict.UNKNOWN || (!active && verdict != Verdict.HOLDS)) {
      return Optional.empty();
    }
    AlertDraft draft = current.map(AlertDraft::of).orElseGet(() -> AlertDraft.of(subject));
    draft.identify(subject);
    draft.severity = settings.severity().id();
    if (verdict == Verdict.HOLDS || draft.state == AlertState.FIRING) {
      // A resolving alert keeps the figures it resolved with until it is clear for good.
      draft.figures(finding);
    }
    if (!settings.enabled()) {
      draft.clearingSince = null;
      resolve(draft, now, "rule disabled");
    } else if (verdict == Verdict.HOLDS) {
      if (!active) {
        startEpisode(draft, now);
      }
      draft.clearingSince = null;
      fireIfDue(draft, settings, now);
    } else if (draft.state == AlertState.PENDING) {
      resolve(draft, now, "no longer holds before the pending period ended");
    } else if (verdict == Verdict.CLEARS) {
      if (draft.clearingSince == null) {
        draft.clearingSince = now;
      }
      resolveIfDue(draft, settings, now);
    } else {
      draft.clearingSince = null;
    }
    return changed(current, draft, now);
  }

  /**
   * Moves an alert on with the clock alone: a pending alert that has held for its pending period
   * fires, a firing alert that has been clear for its resolve period resolves.
   */
  public static Optional<Alert> advance(Alert current, RuleSettings settings, Instant now) {
    AlertDraft draft = AlertDraft.of(current);
    if (draft.state == AlertState.PENDING) {
      fireIfDue(draft, settings, now);
    } else if (draft.state == AlertState.FIRING && draft.clearingSince != null) {
      resolveIfDue(draft, settings, now);
    }
    return changed(Optional.of(current), draft, now);
  }

  /** When the clock alone would next move the alert on; empty when it would not. */
  public static Optional<Instant> nextDue(Alert alert, RuleSettings settings) {
    if (alert.state() == AlertState.PENDING) {
      return Optional.of(alert.timeline().startsAt().plus(settings.pendingFor()));
    }
    if (alert.state() == AlertState.FIRING && alert.timeline().clearingSince() != null) {
      return Optional.of(alert.timeline().clearingSince().plus(settings.resolveFor()));
    }
    return Optional.empty();
  }

  private static void startEpisode(AlertDraft draft, Instant now) {
    draft.episode++;
    draft.startsAt = now;
    draft.firedAt = null;
    draft.resolvedAt = null;
    draft.escalations = 0;
    draft.moveTo(AlertState.PENDING, now, RULE, draft.summary());
  }

  private static void fireIfDue(AlertDraft draft, RuleSettings settings, Instant now) {
    if (draft.state == AlertState.PENDING && elapsed(draft.startsAt, now, settings.pendingFor())) {
      draft.firedAt = now;
      draft.moveTo(AlertState.FIRING, now, RULE, draft.summary());
    }
  }

  private static void resolveIfDue(AlertDraft draft, RuleSettings settings, Instant now) {
    if (elapsed(draft.clearingSince, now, settings.resolveFor())) {
      resolve(draft, now, "back on track for " + settings.resolveFor());
    }
  }

  private static void resolve(AlertDraft draft, Instant now, String note) {
    if (draft.state == AlertState.RESOLVED) {
      return;
    }
    draft.resolvedAt = now;
    draft.clearingSince = null;
    draft.moveTo(AlertState.RESOLVED, now, RULE, note);
  }

  private static boolean elapsed(Instant since, Instant now, Duration period) {
    return since != null && !now.isBefore(since.plus(period));
  }

  /** The draft as an alert, stamped with {@code now} if anything but the stamp differs. */
  private static Optional<Alert> changed(Optional<Alert> current, AlertDraft draft, Instant now) {
    if (current.isPresent()) {
      draft.updatedAt = current.get().timeline().updatedAt();
      if (Objects.equals(draft.build(), current.get())) {
        return Optional.empty();
      }
    }
    draft.updatedAt = now;
    return Optional.of(draft.build());
  }
}
