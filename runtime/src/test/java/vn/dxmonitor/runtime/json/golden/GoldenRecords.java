package vn.dxmonitor.runtime.json.golden;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.alert.Acknowledgement;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertChange;
import vn.dxmonitor.model.alert.AlertState;
import vn.dxmonitor.model.alert.Comment;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.trajectory.Status;
import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.model.value.PeriodCounts;

/**
 * The records whose JSON the golden tests pin: one with every field set, one with every nullable
 * field left out. Only how they are built may change with the records' shape; the JSON may not.
 */
final class GoldenRecords {

  private GoldenRecords() {}

  static IndicatorValue fullValue() {
    return new IndicatorValue(
        new IndicatorValue.Where("21583", "Phường Quy Nhơn", "commune", "52"),
        "work-records-online",
        "ratio-of-counts",
        new IndicatorValue.Window(30, 7, 10, 70.0),
        new IndicatorValue.YearToDate(
            2026,
            70,
            100,
            70.0,
            new PeriodCounts(LocalDate.of(2026, 11, 1), 6, 8),
            new PeriodCounts(LocalDate.of(2026, 10, 1), 21, 30)),
        new IndicatorValue.Activity(
            10,
            Instant.parse("2026-11-20T02:15:00Z"),
            List.of(
                new DailyCounts(LocalDate.of(2026, 11, 19), 3, 4),
                new DailyCounts(LocalDate.of(2026, 11, 20), 4, 6))),
        new IndicatorValue.Standing(
            new Baseline(LocalDate.of(2026, 1, 5), 40.0),
            "target-1",
            "plan-nq05",
            ">=",
            90.0,
            LocalDate.of(2027, 12, 31),
            62.5,
            Status.ON_TRACK,
            7.5,
            3L),
        new IndicatorValue.PeriodToDate(LocalDate.of(2026, 1, 1), 65.25),
        new IndicatorValue.Children(4, 5),
        Instant.parse("2026-11-20T03:00:00.123Z"));
  }

  static IndicatorValue sparseValue() {
    return new IndicatorValue(
        new IndicatorValue.Where("52", null, null, null),
        "unit-count",
        "count",
        new IndicatorValue.Window(0, 0, 0, null),
        new IndicatorValue.YearToDate(2026, 0, 0, null),
        new IndicatorValue.Activity(0, null, null),
        IndicatorValue.Standing.NONE,
        IndicatorValue.PeriodToDate.NONE,
        IndicatorValue.Children.NONE,
        null);
  }

  static Alert fullAlert() {
    return new Alert(
        Alert.idOf("behind-trajectory", "21583", "work-records-online", "plan-nq05"),
        "behind-trajectory",
        AlertState.FIRING,
        "critical",
        new Alert.Where("21583", "Phường Quy Nhơn", "commune", List.of("21583", "52"), "52"),
        new Alert.What(
            "work-records-online",
            "plan-nq05",
            "target-1",
            "stopped-reporting",
            "Behind its trajectory"),
        new Alert.Figures(40.5, 80.0, -39.5, 55.0, 90.0, LocalDate.of(2027, 12, 31)),
        new Alert.Timeline(
            2,
            Instant.parse("2026-11-19T01:00:00Z"),
            Instant.parse("2026-11-19T01:05:00Z"),
            Instant.parse("2026-11-20T01:00:00Z"),
            Instant.parse("2026-11-20T02:00:00Z"),
            Instant.parse("2026-11-20T02:00:00.5Z")),
        new Alert.Handling(
            new Acknowledgement("ops@52", Instant.parse("2026-11-19T02:00:00Z"), "looking"),
            "lan@52",
            List.of(new Comment("lan@52", Instant.parse("2026-11-19T03:00:00Z"), "called them")),
            List.of("silence-1"),
            1),
        List.of(
            new AlertChange(
                Instant.parse("2026-11-19T01:00:00Z"),
                "opened",
                "alerting",
                AlertState.PENDING,
                "rule holds"),
            new AlertChange(
                Instant.parse("2026-11-19T01:05:00Z"), "fired", null, AlertState.FIRING, null)));
  }

  static Alert sparseAlert() {
    return new Alert(
        Alert.idOf("no-data", "52", "unit-count", null),
        "no-data",
        AlertState.PENDING,
        "warning",
        new Alert.Where("52", null, null, null, null),
        new Alert.What("unit-count", null, null, null, null),
        Alert.Figures.NONE,
        new Alert.Timeline(
            1,
            Instant.parse("2026-11-19T01:00:00Z"),
            null,
            null,
            null,
            Instant.parse("2026-11-19T01:00:00Z")),
        Alert.Handling.NONE,
        null);
  }
}
