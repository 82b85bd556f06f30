package vn.dxmonitor.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.unit.BuiltInUnits;

class EventValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private final EventValidator validator =
      new EventValidator(
          BuiltInCatalog.create(),
          BuiltInUnits.giaLai(),
          Clock.fixed(NOW, ZoneOffset.UTC),
          Instant.parse("2020-01-01T00:00:00Z"));

  @Test
  void aWellFormedRatioEventIsValid() {
    assertThat(validator.validate(ratio("e1", "21583", NOW, 1L, 1L))).isEmpty();
  }

  @Test
  void numeratorAboveDenominatorSaysBothNumbers() {
    List<Violation> violations = validator.validate(ratio("e1", "21583", NOW, 5L, 3L));

    assertThat(violations)
        .containsExactly(
            new Violation(
                "numerator",
                "numerator-exceeds-denominator",
                "numerator must be ≤ denominator, but was 5 > 3"));
  }

  @Test
  void everyProblemIsReportedAgainstItsField() {
    MetricEvent event =
        new MetricEvent(
            "x".repeat(129),
            "s",
            "99999",
            "work-records-online",
            NOW.plus(Duration.ofHours(1)),
            -1L,
            null,
            3.0,
            null,
            null);

    assertThat(validator.validate(event))
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("eventId", "too-long"),
            org.assertj.core.groups.Tuple.tuple("unit", "unknown-unit"),
            org.assertj.core.groups.Tuple.tuple("occurredAt", "in-future"),
            org.assertj.core.groups.Tuple.tuple("value", "not-for-kind"),
            org.assertj.core.groups.Tuple.tuple("numerator", "negative"),
            org.assertj.core.groups.Tuple.tuple("denominator", "required"));
  }

  @Test
  void anEventIdMustBeWellFormedPrintableText() {
    assertThat(validator.validate(ratio("ok-😀-đạt", "21583", NOW, 1L, 1L))).isEmpty();
    for (String id : List.of("tab\tid", "half-\ud83d", "\ude00-half", "swapped-\ude00\ud83d")) {
      assertThat(validator.validate(ratio(id, "21583", NOW, 1L, 1L)))
          .as(id)
          .extracting(Violation::field, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("eventId", "wrong-type"));
    }
  }

  @Test
  void unknownIndicatorAndOldEventsAreRefused() {
    MetricEvent event =
        new MetricEvent(
            "e",
            "s",
            "21583",
            "no-such-indicator",
            Instant.parse("2019-12-31T00:00:00Z"),
            null,
            null,
            null,
            null,
            null);

    assertThat(validator.validate(event))
        .extracting(Violation::code)
        .containsExactlyInAnyOrder("unknown-indicator", "too-old");
  }

  private static MetricEvent ratio(String id, String unit, Instant at, Long n, Long d) {
    return new MetricEvent(id, "s", unit, "work-records-online", at, n, d, null, null, null);
  }

  @Test
  void aSplitUnitIsRejectedNamingItsSuccessorsAndAMergedOneIsAccepted() {
    EventValidator reorganised =
        new EventValidator(
            vn.dxmonitor.model.catalog.CatalogSource.fixed(
                BuiltInCatalog.create(), vn.dxmonitor.model.unit.ReorganisedUnits.history()),
            Clock.fixed(NOW, ZoneOffset.UTC),
            Instant.parse("2020-01-01T00:00:00Z"));

    List<Violation> split = reorganised.validate(ratio("e1", "21556", NOW, 1L, 2L));

    assertThat(split).hasSize(1);
    assertThat(split.get(0).field()).isEqualTo("unit");
    assertThat(split.get(0).code()).isEqualTo("retired-unit-split");
    assertThat(split.get(0).message())
        .contains("21556", "2025-07-01", "21553 Phường Quy Nhơn Bắc", "21583 Phường Quy Nhơn");
    assertThat(reorganised.validate(ratio("e2", "21550", NOW, 1L, 2L))).isEmpty();
    assertThat(
            reorganised.validate(
                ratio("e3", "21556", Instant.parse("2025-03-01T00:00:00Z"), 1L, 2L),
                Instant.parse("2025-03-02T00:00:00Z")))
        .isEmpty();
  }
}
