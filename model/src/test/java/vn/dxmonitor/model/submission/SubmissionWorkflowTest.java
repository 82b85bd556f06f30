package vn.dxmonitor.model.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.submission.SubmissionWorkflow.Acceptance;

class SubmissionWorkflowTest {

  private static final ReportingPeriod Q4 = ReportingPeriod.parse("2026-Q4").orElseThrow();
  private static final Instant DEC_10 = Instant.parse("2026-12-10T03:00:00Z");
  private static final Instant DEC_12 = Instant.parse("2026-12-12T03:00:00Z");
  private static final Instant JAN_5 = Instant.parse("2027-01-05T03:00:00Z");
  private static final String UNIT = "21583";
  private static final String INDICATOR = "tthc-dossiers-online";
  private static final EnteredFigure SEVEN_OF_TEN = new EnteredFigure(7L, 10L, null, null, null);
  private static final EnteredFigure EIGHT_OF_TEN = new EnteredFigure(8L, 10L, null, null, null);

  @Test
  void aFigureGoesFromDraftThroughReturnAndResubmissionToPublished() {
    Submission draft = save(null, 0, SEVEN_OF_TEN, DEC_10);
    Submission submitted = SubmissionWorkflow.submit(draft, 1, "user:reporter", DEC_10);
    Submission returned =
        SubmissionWorkflow.sendBack(submitted, 2, "user:verifier", DEC_10, "8 hồ sơ, không phải 7");
    Submission corrected = save(returned, 3, EIGHT_OF_TEN, DEC_12);
    Submission again = SubmissionWorkflow.submit(corrected, 4, "user:reporter", DEC_12);
    Acceptance accepted = SubmissionWorkflow.accept(again, 5, "user:verifier", DEC_12, null);

    assertThat(accepted.submission().state()).isEqualTo(SubmissionState.PUBLISHED);
    assertThat(accepted.submission().published()).isEqualTo(EIGHT_OF_TEN);
    assertThat(accepted.submission().version()).isEqualTo(6);
    assertThat(accepted.submission().steps())
        .extracting(SubmissionStep::action, SubmissionStep::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SubmissionAction.SAVE, SubmissionState.DRAFT),
            org.assertj.core.groups.Tuple.tuple(SubmissionAction.SUBMIT, SubmissionState.SUBMITTED),
            org.assertj.core.groups.Tuple.tuple(SubmissionAction.RETURN, SubmissionState.RETURNED),
            org.assertj.core.groups.Tuple.tuple(SubmissionAction.SAVE, SubmissionState.DRAFT),
            org.assertj.core.groups.Tuple.tuple(SubmissionAction.SUBMIT, SubmissionState.SUBMITTED),
            org.assertj.core.groups.Tuple.tuple(
                SubmissionAction.ACCEPT, SubmissionState.PUBLISHED));
    SubmissionStep correction = accepted.submission().steps().get(3);
    assertThat(correction.before()).isEqualTo(SEVEN_OF_TEN);
    assertThat(correction.after()).isEqualTo(EIGHT_OF_TEN);
    assertThat(accepted.submission().steps().get(2).comment()).isEqualTo("8 hồ sơ, không phải 7");

    MetricEvent event = accepted.event();
    assertThat(event.source()).isEqualTo(SubmissionWorkflow.SOURCE);
    assertThat(event.eventId()).isEqualTo("report:21583:tthc-dossiers-online:2026-Q4");
    assertThat(event.numerator()).isEqualTo(8L);
    assertThat(event.denominator()).isEqualTo(10L);
    // Published before the quarter ended: it counts from its publication, not from the future
    assertThat(event.occurredAt()).isEqualTo(DEC_12);
    assertThat(event.acceptedAt()).isEqualTo(DEC_12);
  }

  @Test
  void aCorrectionOfAPublishedFigureRevisesTheSameEvent() {
    Submission published = publish(save(null, 0, SEVEN_OF_TEN, DEC_10), DEC_10).submission();

    Submission correction = save(published, published.version(), EIGHT_OF_TEN, JAN_5);
    assertThat(correction.state()).isEqualTo(SubmissionState.DRAFT);
    assertThat(correction.published()).as("in force until accepted").isEqualTo(SEVEN_OF_TEN);
    Acceptance revised = publish(correction, JAN_5);

    assertThat(revised.event().occurredAt()).isEqualTo(DEC_10);
    assertThat(revised.event().eventId()).isEqualTo("report:21583:tthc-dossiers-online:2026-Q4");
    assertThat(revised.event().numerator()).isEqualTo(8L);
    assertThat(revised.submission().published()).isEqualTo(EIGHT_OF_TEN);
  }

  @Test
  void aFigureFirstPublishedAfterItsPeriodCountsAsOfThePeriodsLastMoment() {
    Acceptance late = publish(save(null, 0, SEVEN_OF_TEN, JAN_5), JAN_5);

    assertThat(late.event().occurredAt()).isEqualTo(Instant.parse("2026-12-31T16:59:59Z"));
  }

  @Test
  void aSubmittedFigureCannotBeEditedUntilReturned() {
    Submission submitted =
        SubmissionWorkflow.submit(save(null, 0, SEVEN_OF_TEN, DEC_10), 1, "user:r", DEC_10);

    assertThatThrownBy(() -> save(submitted, 2, EIGHT_OF_TEN, DEC_12))
        .isInstanceOf(SubmissionRefusedException.class)
        .hasMessageContaining("submitted cannot take the step save")
        .satisfies(e -> assertThat(((SubmissionRefusedException) e).conflict()).isTrue());
  }

  @Test
  void aStepOnAStaleVersionIsRefused() {
    Submission draft = save(null, 0, SEVEN_OF_TEN, DEC_10);

    assertThatThrownBy(() -> SubmissionWorkflow.submit(draft, 0, "user:r", DEC_10))
        .isInstanceOf(SubmissionRefusedException.class)
        .hasMessageContaining("version 1, not 0")
        .satisfies(e -> assertThat(((SubmissionRefusedException) e).field()).isEqualTo("version"));
  }

  @Test
  void returningNeedsAComment() {
    Submission submitted =
        SubmissionWorkflow.submit(save(null, 0, SEVEN_OF_TEN, DEC_10), 1, "user:r", DEC_10);

    assertThatThrownBy(() -> SubmissionWorkflow.sendBack(submitted, 2, "user:v", DEC_10, " "))
        .isInstanceOf(SubmissionRefusedException.class)
        .satisfies(e -> assertThat(((SubmissionRefusedException) e).field()).isEqualTo("comment"));
  }

  @Test
  void onlyASubmittedFigureCanBeAccepted() {
    Submission draft = save(null, 0, SEVEN_OF_TEN, DEC_10);

    assertThatThrownBy(() -> SubmissionWorkflow.accept(draft, 1, "user:v", DEC_10, null))
        .isInstanceOf(SubmissionRefusedException.class)
        .hasMessageContaining("draft cannot take the step accept");
  }

  @Test
  void anEmptyFigureIsNotSaved() {
    assertThatThrownBy(() -> save(null, 0, new EnteredFigure(null, null, null, null, null), DEC_10))
        .isInstanceOf(SubmissionRefusedException.class)
        .satisfies(e -> assertThat(((SubmissionRefusedException) e).field()).isEqualTo("figure"));
  }

  private static Submission save(
      Submission current, int version, EnteredFigure figure, Instant at) {
    return SubmissionWorkflow.save(
        current, UNIT, INDICATOR, Q4, version, figure, "ghi chú", null, "user:reporter", at);
  }

  private static Acceptance publish(Submission draft, Instant at) {
    Submission submitted = SubmissionWorkflow.submit(draft, draft.version(), "user:reporter", at);
    return SubmissionWorkflow.accept(
        submitted, submitted.version(), "user:verifier", at, "khớp hồ sơ");
  }
}
