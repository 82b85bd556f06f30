package vn.dxmonitor.model.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.dxmonitor.model.reporting.DueFigure;

/**
 * How complete a period's reporting is across units: of the figures due, how many were sent to a
 * verifier, accepted by one, and counted (published by any way in: the form, a CSV report, a source
 * system), and which units are late with which figures.
 *
 * @param submitted figures sent for verification and not sent back ({@code SUBMITTED} or {@code
 *     PUBLISHED})
 * @param verified figures a verifier accepted
 * @param published figures that count: a figure for the period has come
 * @param overdue figures not come by their deadline
 * @param overdueUnits each late unit's code with the indicators it owes, by code
 */
public record Completeness(
    int due,
    int submitted,
    int verified,
    int published,
    int overdue,
    Map<String, List<String>> overdueUnits) {

  /**
   * @param state where each figure's submission stands; null when nothing was saved
   * @param received whether a figure for the period has been counted
   */
  public static Completeness of(
      List<DueFigure> due,
      Function<DueFigure, SubmissionState> state,
      Predicate<DueFigure> received,
      LocalDate today) {
    int submitted = 0;
    int verified = 0;
    int published = 0;
    int overdue = 0;
    Map<String, List<String>> late = new TreeMap<>();
    for (DueFigure figure : due) {
      SubmissionState current = state.apply(figure);
      if (current == SubmissionState.SUBMITTED || current == SubmissionState.PUBLISHED) {
        submitted++;
      }
      if (current == SubmissionState.PUBLISHED) {
        verified++;
      }
      if (received.test(figure)) {
        published++;
      } else if (figure.isOverdueOn(today)) {
        overdue++;
        late.computeIfAbsent(figure.unit(), unit -> new ArrayList<>()).add(figure.indicator());
      }
    }
    late.replaceAll((unit, indicators) -> List.copyOf(indicators));
    return new Completeness(
        due.size(),
        submitted,
        verified,
        published,
        overdue,
        java.util.Collections.unmodifiableMap(late));
  }

  /** The share of due figures counted, 0 to 1; 1 when none is due. */
  public double publishedShare() {
    return due == 0 ? 1 : (double) published / due;
  }
}
