package vn.dxmonitor.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

  @Test
  void tetFallsOnTheDaysVietnamKeptIt() {
    assertThat(LunarCalendar.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(LunarCalendar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(LunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
  }

  @Test
  void theNewMoonIsReckonedAtUtcPlusSevenNotAtChinasMeridian() {
    // China kept its New Year on 18 February 2007 and 20 February 1985.
    assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
  }

  @Test
  void theHungKingsCommemorationIsTheTenthDayOfTheThirdMonth() {
    assertThat(LunarCalendar.solarDate(2024, 3, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
    assertThat(LunarCalendar.solarDate(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(LunarCalendar.solarDate(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
  }

  @Test
  void aDayTheLunarMonthDoesNotHaveIsNamed() {
    assertThatThrownBy(() -> LunarCalendar.solarDate(2026, 13, 1))
        .hasMessageContaining("1–12, but was 13");
    assertThatThrownBy(() -> LunarCalendar.solarDate(2026, 1, 31)).hasMessageContaining("not 31");
  }
}
