package vn.dxmonitor.dashboard.submission;

import vn.dxmonitor.model.submission.EnteredFigure;

/**
 * A draft as the form sends it: the version it was made on (0 for the first), the figure's fields
 * of its indicator's kind, a note and a link to the evidence.
 */
public record FigureRequest(
    Integer version,
    Long numerator,
    Long denominator,
    Double value,
    Long count,
    Boolean compliant,
    String note,
    String evidence) {

  EnteredFigure figure() {
    return new EnteredFigure(numerator, denominator, value, count, compliant);
  }
}
