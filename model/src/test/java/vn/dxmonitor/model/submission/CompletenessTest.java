package vn.dxmonitor.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.reporting.DueFigure;

class CompletenessTest {

  private static final ReportingPeriod Q4 = ReportingPeriod.parse("2026-Q4").orElseThrow();
  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

  private final DueFigure draft = due("21583", "fiber");
  private final DueFigure submitted = due("21589", "fiber");
  private final DueFigure accepted = due("21609", "fiber");
  private final DueFigure byCsv = due("21640", "fiber");
  private final DueFigure missing = due("21640", "eid");
  private final List<DueFigure> all = List.of(draft, submitted, accepted, byCsv, missing);
  private final Map<DueFigure, SubmissionState> states =
      Map.of(
          draft, SubmissionState.DRAFT,
          submitted, SubmissionState.SUBMITTED,
          accepted, SubmissionState.PUBLISHED);
  private final Set<DueFigure> counted = Set.of(accepted, byCsv);

  @Test
  void beforeTheDeadlineNothingIsOverdue() {
    Completeness completeness = Completeness.of(all, states::get, counted::contains, DEADLINE);

    assertThat(completeness.due()).isEqualTo(5);
    assertThat(completeness.submitted()).isEqualTo(2);
    assertThat(completeness.verified()).isEqualTo(1);
    assertThat(completeness.published()).isEqualTo(2);
    assertThat(completeness.overdue()).isZero();
    assertThat(completeness.publishedShare()).isEqualTo(0.4);
  }

  @Test
  void afterTheDeadlineEveryFigureNotCountedIsOverdueAndItsUnitListed() {
    Completeness completeness =
        Completeness.of(all, states::get, counted::contains, DEADLINE.plusDays(1));

    assertThat(completeness.overdue()).isEqualTo(3);
    assertThat(completeness.overdueUnits())
        .containsExactly(
            Map.entry("21583", List.of("fiber")),
            Map.entry("21589", List.of("fiber")),
            Map.entry("21640", List.of("eid")));
  }

  @Test
  void nothingDueIsComplete() {
    assertThat(Completeness.of(List.of(), f -> null, f -> false, DEADLINE).publishedShare())
        .isEqualTo(1.0);
  }

  private static DueFigure due(String unit, String indicator) {
    return new DueFigure(unit, indicator, Q4, DEADLINE, "plan");
  }
}
