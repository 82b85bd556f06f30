package vn.dxmonitor.runtime.json.golden;

import static vn.dxmonitor.runtime.json.golden.BothJacksons.assertReadAs;
import static vn.dxmonitor.runtime.json.golden.BothJacksons.assertWrittenAndReadAs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.value.HistoryPoint;

/**
 * The JSON of a history point — on {@code dx.indicator-history} and in the {@code
 * dx-indicator-history-*} documents the dashboard reads a past day from — under both Jacksons: a
 * ratio's point carries its day's calendar counts in {@code calendar}, and a point written before
 * points kept them still reads, without them.
 */
class HistoryPointGoldenJsonTest {

  private static final String WITH_CALENDAR =
      """
      {"unit":"21583","indicator":"dossiers-on-time","day":"2026-05-14","value":75.0,\
      "numerator":30,"denominator":40,"calendar":{"numeratorMtd":9,"denominatorMtd":12,\
      "numeratorQtd":45,"denominatorQtd":50,"numeratorYtd":300,"denominatorYtd":500}}""";

  private static final String WITHOUT_CALENDAR =
      """
      {"unit":"21583","indicator":"dossiers-on-time","day":"2026-05-14","value":75.0,\
      "numerator":30,"denominator":40,"calendar":null}""";

  /** What the topic and the indices hold from before points kept calendar counts. */
  private static final String OLD =
      """
      {"unit":"21583","indicator":"dossiers-on-time","day":"2026-05-14","value":75.0,\
      "numerator":30,"denominator":40}""";

  private static final LocalDate DAY = LocalDate.of(2026, 5, 14);

  @Test
  void aRatiosPointCarriesItsCalendarCountsUnderBothJacksons() {
    HistoryPoint point =
        new HistoryPoint(
            "21583",
            "dossiers-on-time",
            DAY,
            75.0,
            30,
            40,
            new HistoryPoint.CalendarCounts(9, 12, 45, 50, 300, 500));

    assertWrittenAndReadAs(point, WITH_CALENDAR, HistoryPoint.class);
  }

  @Test
  void aPointWithoutCalendarCountsWritesThemAsNull() {
    HistoryPoint point = new HistoryPoint("21583", "dossiers-on-time", DAY, 75.0, 30, 40);

    assertWrittenAndReadAs(point, WITHOUT_CALENDAR, HistoryPoint.class);
  }

  @Test
  void aPointWrittenBeforeCalendarCountsReadsWithoutThem() {
    assertReadAs(
        OLD, new HistoryPoint("21583", "dossiers-on-time", DAY, 75.0, 30, 40), HistoryPoint.class);
  }
}
