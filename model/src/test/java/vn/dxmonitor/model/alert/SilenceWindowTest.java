package vn.dxmonitor.model.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.calendar.HolidayKind;

/** A recurring window opens on its days of the week and on the days of the holidays it names. */
class SilenceWindowTest {

  private static final LocalTime MIDNIGHT = LocalTime.MIDNIGHT;

  @Test
  void aTetWindowHoldsThroughTetAndItsSubstituteDaysOfEachYearOnly() {
    SilenceWindow tet = new SilenceWindow(List.of(), List.of(HolidayKind.TET), MIDNIGHT, MIDNIGHT);

    // Tết 2027: 5 to 9 February, with 10 and 11 February for the weekend's two.
    assertThat(tet.contains(at(2027, 2, 5, 8))).isTrue();
    assertThat(tet.contains(at(2027, 2, 8, 23))).isTrue();
    assertThat(tet.contains(at(2027, 2, 11, 12))).as("a substitute day").isTrue();
    assertThat(tet.contains(at(2027, 2, 12, 0))).isFalse();
    assertThat(tet.contains(at(2027, 2, 4, 23))).isFalse();
    // Tết 2026: 16 to 20 February.
    assertThat(tet.contains(at(2026, 2, 17, 9))).isTrue();
    assertThat(tet.contains(at(2026, 4, 30, 9))).as("another holiday").isFalse();
  }

  @Test
  void anOvernightWindowOpenedOnAHolidayClosesTheNextMorning() {
    SilenceWindow evenings =
        new SilenceWindow(
            List.of(DayOfWeek.SUNDAY),
            HolidayKind.publicHolidays(),
            LocalTime.of(20, 0),
            LocalTime.of(6, 0));

    // 2 September 2026, National Day, a Wednesday.
    assertThat(evenings.contains(at(2026, 9, 2, 21))).isTrue();
    assertThat(evenings.contains(at(2026, 9, 3, 5))).as("the night after").isTrue();
    assertThat(evenings.contains(at(2026, 9, 2, 12))).as("before it opens").isFalse();
    assertThat(evenings.contains(at(2026, 9, 9, 21))).as("an ordinary Wednesday").isFalse();
    assertThat(evenings.contains(at(2026, 9, 6, 21))).as("a Sunday").isTrue();
  }

  private static LocalDateTime at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0);
  }
}
