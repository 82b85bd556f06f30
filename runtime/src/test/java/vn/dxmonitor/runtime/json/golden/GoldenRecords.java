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

/**
 * The records whose JSON the golden tests pin: one with every field set, one with every nullable
 * field left out. Only how they are built may change with the records' shape; the JSON may not.
 */
final class GoldenRecords {

  private GoldenRecords() {}

  static IndicatorValue fullValue() {
    return new IndicatorValue(
        "21583",
        "Phường Quy Nhơn",
        "commune",
        "52",
        "work-records-online",
        "ratio-of-counts",
        30,
        7,
        10,
        70.0,
        2026,
        70,
        100,
        70.0,
        10,
        Instant.parse("2026-11-20T02:15:00Z"),
        new Baseline(LocalDate.of(2026, 1, 5), 40.0),
        "target-1",
        "plan-nq05",
        ">=",
        90.0,
        LocalDate.of(2027, 12, 31),
        62.5,
        Status.ON_TRACK,
        7.5,
        3L,
        Instant.parse("2026-11-20T03:00:00.123Z"),
        LocalDate.of(2026, 1, 1),
        65.25,
        4,
        5,
        List.of(
            new DailyCounts(LocalDate.of(2026, 11, 19), 3, 4),
            new DailyCounts(LocalDate.of(2026, 11, 20), 4, 6)));
  }

  static IndicatorValue sparseValue() {
    return new IndicatorValue(
        "52",
        null,
        null,
        null,
        "unit-count",
        "count",
        0,
        0,
        0,
        null,
        2026,
        0,
        0,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Alert fullAlert() {
    return new Alert(
        Alert.idOf("behind-trajectory", "21583", "work-records-online", "plan-nq05"),
        "behind-trajectory",
        AlertState.FIRING,
        "critical",
        "21583",
        "Phường Quy Nhơn",
        "commune",
        List.of("21583", "52"),
        "52",
        "work-records-online",
        "plan-nq05",
        "target-1",
        "stopped-reporting",
        40.5,
        80.0,
        -39.5,
        55.0,
        90.0,
        LocalDate.of(2027, 12, 31),
        "Behind its trajectory",
        2,
        Instant.parse("2026-11-19T01:00:00Z"),
        Instant.parse("2026-11-19T01:05:00Z"),
        Instant.parse("2026-11-20T01:00:00Z"),
        Instant.parse("2026-11-20T02:00:00Z"),
        Instant.parse("2026-11-20T02:00:00.5Z"),
        new Acknowledgement("ops@52", Instant.parse("2026-11-19T02:00:00Z"), "looking"),
        "lan@52",
        List.of(new Comment("lan@52", Instant.parse("2026-11-19T03:00:00Z"), "called them")),
        List.of("silence-1"),
        1,
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
        "52",
        null,
        null,
        null,
        null,
        "unit-count",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        1,
        Instant.parse("2026-11-19T01:00:00Z"),
        null,
        null,
        null,
        Instant.parse("2026-11-19T01:00:00Z"),
        null,
        null,
        null,
        null,
        0,
        null);
  }
}
