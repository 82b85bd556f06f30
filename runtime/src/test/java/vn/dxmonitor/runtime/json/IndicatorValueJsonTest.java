package vn.dxmonitor.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/**
 * The JSON of a published value, on {@code dx.indicator-values}, in {@code dx-indicators} and on
 * the live stream: every field as it was, in the same order, the month's and the quarter's counts
 * after the year's, and last a ratio's window day by day. JSON written before either came still
 * reads.
 */
class IndicatorValueJsonTest {

  private static final String FIELDS_TO_YEAR_TO_DATE =
      "{\"unit\":\"21583\",\"unitName\":\"Phường Quy Nhơn\",\"level\":\"commune\","
          + "\"parent\":\"52\",\"indicator\":\"work-records-online\",\"kind\":\"ratio-of-counts\","
          + "\"windowDays\":30,\"numerator\":7,\"denominator\":10,\"value\":70.0,\"year\":2026,"
          + "\"numeratorYtd\":70,\"denominatorYtd\":100,\"valueYtd\":70.0";

  private static final String CALENDAR_COUNTS =
      ",\"monthStart\":\"2026-11-01\",\"numeratorMtd\":6,\"denominatorMtd\":8,"
          + "\"quarterStart\":\"2026-10-01\",\"numeratorQtd\":21,\"denominatorQtd\":30";

  private static final String FIELDS_AFTER_YEAR_TO_DATE =
      ",\"events\":10,"
          + "\"lastEventAt\":\"2026-11-20T02:15:00Z\","
          + "\"baseline\":{\"date\":\"2026-01-05\",\"value\":40.0},\"targetId\":\"t\","
          + "\"planId\":\"p\",\"comparator\":\">=\",\"target\":90.0,\"deadline\":\"2027-12-31\","
          + "\"expected\":62.5,\"status\":\"ON_TRACK\",\"gap\":7.5,\"daysBehind\":0,"
          + "\"updatedAt\":\"2026-11-20T03:00:00Z\",\"periodStart\":\"2026-01-01\","
          + "\"valuePeriodToDate\":65.0,\"childrenReporting\":null,\"childrenExpected\":null";

  private static final String FIELDS_BEFORE_DAILY_COUNTS =
      FIELDS_TO_YEAR_TO_DATE + CALENDAR_COUNTS + FIELDS_AFTER_YEAR_TO_DATE;

  private static final IndicatorValue.YearToDate WITH_CALENDAR_COUNTS =
      new IndicatorValue.YearToDate(
          2026,
          70,
          100,
          70.0,
          new PeriodCounts(LocalDate.of(2026, 11, 1), 6, 8),
          new PeriodCounts(LocalDate.of(2026, 10, 1), 21, 30));

  @Test
  void aRatiosValueCarriesItsWindowDayByDayAfterEveryEarlierField() {
    IndicatorValue value =
        value(
            WITH_CALENDAR_COUNTS,
            List.of(
                new DailyCounts(LocalDate.of(2026, 11, 19), 3, 4),
                new DailyCounts(LocalDate.of(2026, 11, 20), 4, 6)));

    String json = JsonCodec.writeString(value);

    assertThat(json)
        .isEqualTo(
            FIELDS_BEFORE_DAILY_COUNTS
                + ",\"dailyCounts\":[{\"day\":\"2026-11-19\",\"numerator\":3,\"denominator\":4},"
                + "{\"day\":\"2026-11-20\",\"numerator\":4,\"denominator\":6}]}");
    assertThat(
            JsonCodec.read(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), IndicatorValue.class))
        .isEqualTo(value);
  }

  @Test
  void aValueWrittenBeforeTheDailyCountsReadsWithoutThem() {
    byte[] json =
        (FIELDS_BEFORE_DAILY_COUNTS + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(JsonCodec.read(json, IndicatorValue.class))
        .isEqualTo(value(WITH_CALENDAR_COUNTS, null));
  }

  @Test
  void aValueWrittenBeforeTheMonthAndQuarterCountsReadsWithThemNotKept() {
    byte[] json =
        (FIELDS_TO_YEAR_TO_DATE + FIELDS_AFTER_YEAR_TO_DATE + "}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    IndicatorValue read = JsonCodec.read(json, IndicatorValue.class);

    assertThat(read).isEqualTo(value(new IndicatorValue.YearToDate(2026, 70, 100, 70.0), null));
    assertThat(read.yearToDate().monthToDate()).isEqualTo(PeriodCounts.NONE);
    assertThat(read.yearToDate().quarterToDate()).isEqualTo(PeriodCounts.NONE);
  }

  @Test
  void countsNotKeptAreWrittenWithoutAStart() {
    String json =
        JsonCodec.writeString(value(new IndicatorValue.YearToDate(2026, 70, 100, 70.0), null));

    assertThat(json)
        .contains(
            "\"valueYtd\":70.0,\"monthStart\":null,\"numeratorMtd\":null,\"denominatorMtd\":null,"
                + "\"quarterStart\":null,\"numeratorQtd\":null,\"denominatorQtd\":null,\"events\"");
  }

  private static IndicatorValue value(
      IndicatorValue.YearToDate yearToDate, List<DailyCounts> days) {
    return new IndicatorValue(
        new IndicatorValue.Where("21583", "Phường Quy Nhơn", "commune", "52"),
        "work-records-online",
        "ratio-of-counts",
        new IndicatorValue.Window(30, 7, 10, 70.0),
        yearToDate,
        new IndicatorValue.Activity(10, Instant.parse("2026-11-20T02:15:00Z"), days),
        new IndicatorValue.Standing(
            new Baseline(LocalDate.of(2026, 1, 5), 40.0),
            "t",
            "p",
            ">=",
            90.0,
            LocalDate.of(2027, 12, 31),
            62.5,
            Status.ON_TRACK,
            7.5,
            0L),
        new IndicatorValue.PeriodToDate(LocalDate.of(2026, 1, 1), 65.0),
        IndicatorValue.Children.NONE,
        Instant.parse("2026-11-20T03:00:00Z"));
  }
}
