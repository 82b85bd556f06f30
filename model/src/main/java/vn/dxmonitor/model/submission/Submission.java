package vn.dxmonitor.model.submission;

import java.time.Instant;
import java.util.List;

/**
 * A unit's figure of one reported indicator for one period, on its way from the reporter's form to
 * publication, with every step it took.
 *
 * @param period the reporting period's id ({@code 2026-Q4}, {@code 2026-H2}, {@code 2026}, {@code
 *     2026-11})
 * @param figure the figure as last entered
 * @param evidence a link to the document that backs the figure, or null
 * @param published the figure in force, as last published; null until one is
 * @param occurredAt the instant the published figure is for, fixed at its first publication so a
 *     correction revises the same event; null until then
 * @param version how many steps it has taken, which a change must name so it is not made twice
 */
public record Submission(
    String unit,
    String indicator,
    String period,
    SubmissionState state,
    EnteredFigure figure,
    String note,
    String evidence,
    EnteredFigure published,
    Instant occurredAt,
    List<SubmissionStep> steps,
    int version) {

  public Submission {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** Its key: {@code unit|indicator|period}. */
  public String id() {
    return id(unit, indicator, period);
  }

  public static String id(String unit, String indicator, String period) {
    return unit + "|" + indicator + "|" + period;
  }
}
