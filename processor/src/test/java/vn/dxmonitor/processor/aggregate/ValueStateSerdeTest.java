package vn.dxmonitor.processor.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.processor.contribution.Contribution;
import vn.dxmonitor.processor.window.Counts;
import vn.dxmonitor.processor.window.PeriodStarts;

/** A state survives its store: children re-encoded only when they change, and always current. */
class ValueStateSerdeTest {

  private static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final ValueStateSerde serde = new ValueStateSerde();
  private final PeriodStarts periods = new PeriodStarts(List.of(LocalDate.of(2021, 1, 1)));

  @Test
  void aChildReportingOnALaterDayIsInTheStateWrittenAfterIt() {
    ValueState state = new ValueState();
    state.apply(Contribution.counts(AT.minusSeconds(86_400), "21553", 1, 2), start(), TODAY);
    state.apply(Contribution.counts(AT, "21583", 1, 1), start(), TODAY);
    ValueState read = roundTrip(state);
    read.apply(Contribution.counts(AT, "21583", 0, 1), start(), TODAY); // same day: unchanged
    ValueState again = roundTrip(read);
    again.apply(Contribution.counts(AT, "21553", 1, 1), start(), TODAY); // a later day

    ValueState last = roundTrip(again);

    assertThat(last.children())
        .containsEntry("21553", TODAY)
        .containsEntry("21583", TODAY)
        .hasSize(2);
    assertThat(last.events()).isEqualTo(4);
    assertThat(last.counts().since(LocalDate.MIN).numerator()).isEqualTo(3);
    assertThat(last.counts().since(LocalDate.MIN).denominator()).isEqualTo(5);
    assertThat(last.pending()).isTrue();
    assertThat(last.correctFrom()).isEqualTo(TODAY.minusDays(1));
  }

  @Test
  void theOpenDayAndWhatWasPublishedComeBack() {
    ValueState state = new ValueState();
    state.apply(Contribution.report(AT, 12.5), start(), TODAY);
    state.published(42);
    state.openDay(new OpenDay(TODAY, 12.5, 0, 0, null));
    state.settled();

    ValueState read = roundTrip(state);

    assertThat(read.published()).isEqualTo(42);
    assertThat(read.openDay()).isEqualTo(new OpenDay(TODAY, 12.5, 0, 0, null));
    assertThat(read.pending()).isFalse();
    assertThat(read.correctFrom()).isNull();
    assertThat(read.own().latest()).isEqualTo(12.5);
  }

  @Test
  void aRatiosOpenDayKeepsItsCalendarCounts() {
    ValueState state = new ValueState();
    state.apply(Contribution.counts(AT, "21583", 1, 2), start(), TODAY);
    OpenDay open =
        new OpenDay(TODAY, 50.0, 1, 2, new HistoryPoint.CalendarCounts(1, 2, 7, 9, 30, 40));
    state.openDay(open);

    assertThat(roundTrip(state).openDay()).isEqualTo(open);
  }

  @Test
  void aStateWrittenBeforeOpenDaysKeptCalendarCountsStillReads() {
    ValueState state = new ValueState();
    state.apply(Contribution.report(AT, 12.5), start(), TODAY);
    state.openDay(new OpenDay(TODAY, 12.5, 0, 0, null));
    byte[] bytes = serde.serializer().serialize("t", state);
    // Layout 2 is layout 3 without the flag saying whether calendar counts follow
    byte[] layout2 = Arrays.copyOf(bytes, bytes.length - 1);
    layout2[0] = 2;

    ValueState read = serde.deserializer().deserialize("t", layout2);

    assertThat(read.openDay()).isEqualTo(new OpenDay(TODAY, 12.5, 0, 0, null));
    assertThat(read.own().latest()).isEqualTo(12.5);
  }

  @Test
  void aStateOfTheEarlierLayoutHasItsKeptDaysMovedFromTheYearsSumIntoTheirMonths() {
    ValueState state = new ValueState();
    // As the earlier layout summed them: in the year's period
    LocalDate year = LocalDate.of(2026, 1, 1);
    state.apply(Contribution.counts(AT, "21583", 1, 2), year, TODAY);
    state.openDay(new OpenDay(TODAY, 50.0, 1, 2, null));
    byte[] bytes = serde.serializer().serialize("t", state);
    byte[] layout2 = Arrays.copyOf(bytes, bytes.length - 1);
    layout2[0] = 2;

    ValueState read = serde.deserializer().deserialize("t", layout2);

    assertThat(read.counts().since(TODAY.withDayOfMonth(1))).isEqualTo(new Counts(1, 2));
    assertThat(read.counts().since(year)).isEqualTo(new Counts(1, 2));
    assertThat(roundTrip(state).counts().since(TODAY.withDayOfMonth(1))).isEqualTo(Counts.NONE);
  }

  private LocalDate start() {
    return periods.periodOf(TODAY);
  }

  private ValueState roundTrip(ValueState state) {
    byte[] bytes = serde.serializer().serialize("t", state);
    return serde.deserializer().deserialize("t", bytes);
  }
}
