package vn.dxmonitor.model.submission;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * The one owner of how a self-reported figure moves: a reporter saves drafts and submits; a
 * verifier returns it with a comment or accepts it, and an accepted figure becomes a report event.
 * Each step names the version it was made on, so two people acting on the same figure at once
 * cannot both win; each is kept with who, when, and the figure before and after.
 *
 * <p>A published figure may be corrected: the reporter saves a new draft, which goes through the
 * same steps while the published one stays in force; accepting it revises the same event (the same
 * source, id and instant), so the correction replaces the figure instead of adding to it.
 */
public final class SubmissionWorkflow {

  /** The source of the events published figures become. */
  public static final String SOURCE = "reporting";

  private static final Set<SubmissionState> EDITABLE =
      Set.of(SubmissionState.DRAFT, SubmissionState.RETURNED, SubmissionState.PUBLISHED);

  private SubmissionWorkflow() {}

  /** A new draft, or the current one changed; refused while it waits for verification. */
  public static Submission save(
      Submission current,
      String unit,
      String indicator,
      ReportingPeriod period,
      int version,
      EnteredFigure figure,
      String note,
      String evidence,
      String actor,
      Instant at) {
    requireVersion(current, version);
    if (figure == null || figure.isEmpty()) {
      throw new SubmissionRefusedException("figure", "figure: enter the figure to save", false);
    }
    if (current != null && !EDITABLE.contains(current.state())) {
      throw refused(current, SubmissionAction.SAVE, "the verifier must return it first");
    }
    SubmissionState from = current == null ? null : current.state();
    EnteredFigure before = current == null ? null : current.figure();
    SubmissionStep step =
        new SubmissionStep(
            at, actor, SubmissionAction.SAVE, from, SubmissionState.DRAFT, before, figure, null);
    return new Submission(
        unit,
        indicator,
        period.id(),
        SubmissionState.DRAFT,
        figure,
        note,
        evidence,
        current == null ? null : current.published(),
        current == null ? null : current.occurredAt(),
        steps(current, step),
        version + 1);
  }

  /** Sends a draft, or a returned figure, for verification. */
  public static Submission submit(Submission current, int version, String actor, Instant at) {
    require(current, version, SubmissionAction.SUBMIT);
    if (current.state() != SubmissionState.DRAFT && current.state() != SubmissionState.RETURNED) {
      throw refused(current, SubmissionAction.SUBMIT, "only a draft or a returned figure is");
    }
    return moved(current, SubmissionAction.SUBMIT, SubmissionState.SUBMITTED, actor, at, null);
  }

  /** Sends a submitted figure back to the reporter, saying why. */
  public static Submission sendBack(
      Submission current, int version, String actor, Instant at, String comment) {
    require(current, version, SubmissionAction.RETURN);
    if (comment == null || comment.isBlank()) {
      throw new SubmissionRefusedException(
          "comment", "comment: say what the reporter must correct", false);
    }
    requireSubmitted(current, SubmissionAction.RETURN);
    return moved(current, SubmissionAction.RETURN, SubmissionState.RETURNED, actor, at, comment);
  }

  /** Accepts a submitted figure: it is published, and this is the event it becomes. */
  public static Acceptance accept(
      Submission current, int version, String actor, Instant at, String comment) {
    require(current, version, SubmissionAction.ACCEPT);
    requireSubmitted(current, SubmissionAction.ACCEPT);
    ReportingPeriod period =
        ReportingPeriod.parse(current.period())
            .orElseThrow(() -> new IllegalStateException("no period " + current.period()));
    Instant occurredAt =
        current.occurredAt() != null ? current.occurredAt() : occurredAt(period, at);
    Submission moved =
        moved(current, SubmissionAction.ACCEPT, SubmissionState.PUBLISHED, actor, at, comment);
    Submission published =
        new Submission(
            moved.unit(),
            moved.indicator(),
            moved.period(),
            moved.state(),
            moved.figure(),
            moved.note(),
            moved.evidence(),
            moved.figure(),
            occurredAt,
            moved.steps(),
            moved.version());
    EnteredFigure figure = current.figure();
    MetricEvent event =
        new MetricEvent(
            eventId(current.unit(), current.indicator(), current.period()),
            SOURCE,
            current.unit(),
            current.indicator(),
            occurredAt,
            figure.numerator(),
            figure.denominator(),
            figure.value(),
            figure.count(),
            figure.compliant(),
            null,
            at,
            actor);
    return new Acceptance(published, event);
  }

  /**
   * The event a figure of this unit, indicator and period becomes, with the figure given: what a
   * save is checked as, so a figure the pipeline would refuse is refused at once.
   */
  public static MetricEvent candidate(
      String unit, String indicator, ReportingPeriod period, EnteredFigure figure, Instant at) {
    return new MetricEvent(
        eventId(unit, indicator, period.id()),
        SOURCE,
        unit,
        indicator,
        occurredAt(period, at),
        figure.numerator(),
        figure.denominator(),
        figure.value(),
        figure.count(),
        figure.compliant(),
        null,
        at,
        null);
  }

  /**
   * A figure counts as of its period's last moment; one published before its period ends (reports
   * are due before a quarter's last day) counts from when it was published, which is never in the
   * future.
   */
  static Instant occurredAt(ReportingPeriod period, Instant at) {
    Instant end =
        period.end().atTime(LocalTime.of(23, 59, 59)).atZone(VietnamTime.ZONE).toInstant();
    return end.isBefore(at) ? end : at;
  }

  /** The id of the event a figure becomes: the one a CSV report row without an id gets. */
  private static String eventId(String unit, String indicator, String period) {
    return "report:" + unit + ":" + indicator + ":" + period;
  }

  /** A step's outcome: the submission published, and the report event to store with it. */
  public record Acceptance(Submission submission, MetricEvent event) {}

  private static void require(Submission current, int version, SubmissionAction action) {
    if (current == null) {
      throw new SubmissionRefusedException(
          "period",
          action.name().toLowerCase(java.util.Locale.ROOT)
              + ": there is no figure saved for this unit, indicator and period",
          true);
    }
    requireVersion(current, version);
  }

  private static void requireVersion(Submission current, int version) {
    int actual = current == null ? 0 : current.version();
    if (version != actual) {
      throw new SubmissionRefusedException(
          "version",
          "version: the figure was changed meanwhile (version "
              + actual
              + ", not "
              + version
              + "); reload it",
          true);
    }
  }

  private static void requireSubmitted(Submission current, SubmissionAction action) {
    if (current.state() != SubmissionState.SUBMITTED) {
      throw refused(current, action, "only a submitted figure is");
    }
  }

  private static SubmissionRefusedException refused(
      Submission current, SubmissionAction action, String rule) {
    return new SubmissionRefusedException(
        "state",
        "state: a figure that is "
            + current.state().name().toLowerCase(java.util.Locale.ROOT)
            + " cannot take the step "
            + action.name().toLowerCase(java.util.Locale.ROOT)
            + "; "
            + rule,
        true);
  }

  private static Submission moved(
      Submission current,
      SubmissionAction action,
      SubmissionState to,
      String actor,
      Instant at,
      String comment) {
    SubmissionStep step =
        new SubmissionStep(
            at, actor, action, current.state(), to, current.figure(), current.figure(), comment);
    return new Submission(
        current.unit(),
        current.indicator(),
        current.period(),
        to,
        current.figure(),
        current.note(),
        current.evidence(),
        current.published(),
        current.occurredAt(),
        steps(current, step),
        current.version() + 1);
  }

  private static List<SubmissionStep> steps(Submission current, SubmissionStep step) {
    List<SubmissionStep> steps = new ArrayList<>(current == null ? List.of() : current.steps());
    steps.add(step);
    return steps;
  }
}
