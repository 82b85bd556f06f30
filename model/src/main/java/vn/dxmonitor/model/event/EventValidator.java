package vn.dxmonitor.model.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * Checks an event against the contract, the catalog and the unit registry. Ingest runs it before
 * accepting an event and the processor again for events that reached Kafka directly, so both refuse
 * exactly the same things.
 */
public final class EventValidator {

  public static final int MAX_EVENT_ID_LENGTH = 128;
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * The largest count one event may carry: a million million. Sums of a million such events still
   * fit a long, so no total can overflow.
   */
  public static final long MAX_COUNT = 1_000_000_000_000L;

  private final CatalogSource source;
  private final Clock clock;
  private final Instant horizon;
  private final RevisionWindows windows;

  public EventValidator(
      CatalogSource source, Clock clock, Instant horizon, RevisionWindows windows) {
    this.source = source;
    this.clock = clock;
    this.horizon = horizon;
    this.windows = windows;
  }

  public EventValidator(CatalogSource source, Clock clock, Instant horizon) {
    this(source, clock, horizon, RevisionWindows.DEFAULTS);
  }

  /** A validator over a catalog and units that never change. */
  public EventValidator(Catalog catalog, UnitRegistry units, Clock clock, Instant horizon) {
    this(CatalogSource.fixed(catalog, UnitHistory.timeless(units)), clock, horizon);
  }

  /** The lateness rule this validator applies. */
  public RevisionWindows windows() {
    return windows;
  }

  /**
   * What the event's unit code means on the day the event happened: a retired code resolves to the
   * unit it went into whole.
   */
  public CodeResolution resolveUnit(MetricEvent event) {
    return source.units().resolve(event.unit(), dayOf(event));
  }

  /** The day in Vietnam the event happened, which decides what its unit code means. */
  public LocalDate dayOf(MetricEvent event) {
    return event.occurredAt() == null
        ? VietnamTime.dateOf(clock.instant())
        : VietnamTime.dateOf(event.occurredAt());
  }

  /** Checks an event being accepted now. */
  public List<Violation> validate(MetricEvent event) {
    return validate(event, clock.instant());
  }

  /**
   * Checks an event as of the moment it was accepted: the time that decides whether it came too
   * late or from the future, so the same event is judged the same whenever it is checked again.
   */
  public List<Violation> validate(MetricEvent event, Instant acceptedAt) {
    List<Violation> violations = new ArrayList<>();
    if (isBlank(event.eventId())) {
      violations.add(ViolationCode.REQUIRED.at("eventId", "eventId"));
    } else if (event.eventId().length() > MAX_EVENT_ID_LENGTH) {
      violations.add(
          ViolationCode.TOO_LONG.at(
              "eventId", "eventId", MAX_EVENT_ID_LENGTH, event.eventId().length()));
    } else if (!isPrintable(event.eventId())) {
      violations.add(
          ViolationCode.WRONG_TYPE.at(
              "eventId",
              "eventId",
              "printable text without control characters or unpaired surrogates",
              "not"));
    }
    if (isBlank(event.unit())) {
      violations.add(ViolationCode.REQUIRED.at("unit", "unit"));
    } else {
      checkUnit(event, violations);
    }
    checkOccurredAt(event.occurredAt(), acceptedAt, violations);
    Optional<Indicator> indicator = source.catalog().indicator(event.indicator());
    if (isBlank(event.indicator())) {
      violations.add(ViolationCode.REQUIRED.at("indicator", "indicator"));
    } else if (indicator.isEmpty()) {
      violations.add(
          ViolationCode.UNKNOWN_INDICATOR.at(
              "indicator",
              event.indicator(),
              Suggestions.phrase(
                  Suggestions.nearest(
                      event.indicator(),
                      source.catalog().indicators().stream().map(Indicator::id).toList()))));
    } else {
      if (event.retracts()) {
        checkRetraction(event, violations);
      } else {
        checkKindFields(indicator.get(), event, violations);
      }
      if (event.occurredAt() != null) {
        windows.check(indicator.get(), event.occurredAt(), acceptedAt).ifPresent(violations::add);
      }
    }
    return violations;
  }

  private static void checkRetraction(MetricEvent event, List<Violation> violations) {
    Object[][] figures = {
      {"numerator", event.numerator()},
      {"denominator", event.denominator()},
      {"value", event.value()},
      {"count", event.count()},
      {"compliant", event.compliant()}
    };
    for (Object[] figure : figures) {
      if (figure[1] != null) {
        violations.add(ViolationCode.RETRACTION_WITH_FIGURE.at((String) figure[0], figure[0]));
      }
    }
  }

  /**
   * Whether text holds no control character and no half of a surrogate pair: a JSON escape such as
   * {@code \\ud83d} alone can put one there, and such an id can be neither logged nor re-encoded.
   */
  private static boolean isPrintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private void checkUnit(MetricEvent event, List<Violation> violations) {
    CodeResolution resolution = resolveUnit(event);
    if (resolution instanceof CodeResolution.Ambiguous split) {
      violations.add(
          ViolationCode.RETIRED_UNIT_SPLIT.at(
              "unit",
              split.code(),
              split.effective(),
              split.successors().stream()
                  .map(unit -> unit.code() + " " + unit.name())
                  .collect(Collectors.joining(", "))));
    } else if (resolution instanceof CodeResolution.Unknown) {
      UnitRegistry tree = source.units().at(dayOf(event));
      violations.add(
          ViolationCode.UNKNOWN_UNIT.at(
              "unit",
              event.unit(),
              Suggestions.phrase(
                  Suggestions.oneEditAway(event.unit(), code -> tree.find(code).isPresent()))));
    }
  }

  private void checkOccurredAt(Instant occurredAt, Instant acceptedAt, List<Violation> violations) {
    if (occurredAt == null) {
      violations.add(ViolationCode.REQUIRED.at("occurredAt", "occurredAt"));
      return;
    }
    if (occurredAt.isAfter(acceptedAt.plus(MAX_CLOCK_SKEW))) {
      violations.add(ViolationCode.IN_FUTURE.at("occurredAt", MAX_CLOCK_SKEW, occurredAt));
    }
    if (occurredAt.isBefore(horizon)) {
      violations.add(ViolationCode.TOO_OLD.at("occurredAt", horizon, occurredAt));
    }
  }

  private static void checkKindFields(
      Indicator indicator, MetricEvent event, List<Violation> violations) {
    IndicatorKind kind = indicator.kind();
    String needs =
        switch (kind) {
          case RATIO_OF_COUNTS -> "numerator and denominator";
          case MEASUREMENT -> "value";
          case COUNTER -> "count";
          case COVERAGE -> "compliant";
        };
    rejectForeign(
        "numerator",
        event.numerator(),
        kind == IndicatorKind.RATIO_OF_COUNTS,
        kind,
        needs,
        violations);
    rejectForeign(
        "denominator",
        event.denominator(),
        kind == IndicatorKind.RATIO_OF_COUNTS,
        kind,
        needs,
        violations);
    rejectForeign(
        "value", event.value(), kind == IndicatorKind.MEASUREMENT, kind, needs, violations);
    rejectForeign("count", event.count(), kind == IndicatorKind.COUNTER, kind, needs, violations);
    rejectForeign(
        "compliant", event.compliant(), kind == IndicatorKind.COVERAGE, kind, needs, violations);
    switch (kind) {
      case RATIO_OF_COUNTS -> checkRatio(event, violations);
      case MEASUREMENT -> checkMeasurement(indicator, event, violations);
      case COUNTER -> checkCount(event, violations);
      case COVERAGE -> {
        if (event.compliant() == null) {
          violations.add(ViolationCode.REQUIRED.at("compliant", "compliant"));
        }
      }
    }
  }

  private static void rejectForeign(
      String field,
      Object present,
      boolean belongs,
      IndicatorKind kind,
      String needs,
      List<Violation> violations) {
    if (present != null && !belongs) {
      violations.add(ViolationCode.NOT_FOR_KIND.at(field, field, kind.id(), needs));
    }
  }

  private static void checkRatio(MetricEvent event, List<Violation> violations) {
    Long numerator = event.numerator();
    Long denominator = event.denominator();
    if (numerator == null) {
      violations.add(ViolationCode.REQUIRED.at("numerator", "numerator"));
    } else if (numerator < 0) {
      violations.add(ViolationCode.NEGATIVE.at("numerator", "numerator", numerator));
    } else if (numerator > MAX_COUNT) {
      violations.add(ViolationCode.TOO_LARGE.at("numerator", "numerator", MAX_COUNT, numerator));
    }
    if (denominator == null) {
      violations.add(ViolationCode.REQUIRED.at("denominator", "denominator"));
    } else if (denominator < 0) {
      violations.add(ViolationCode.NEGATIVE.at("denominator", "denominator", denominator));
    } else if (denominator > MAX_COUNT) {
      violations.add(
          ViolationCode.TOO_LARGE.at("denominator", "denominator", MAX_COUNT, denominator));
    }
    if (numerator != null && denominator != null && numerator >= 0 && numerator > denominator) {
      violations.add(
          ViolationCode.NUMERATOR_EXCEEDS_DENOMINATOR.at("numerator", numerator, denominator));
    }
  }

  private static void checkMeasurement(
      Indicator indicator, MetricEvent event, List<Violation> violations) {
    Double value = event.value();
    if (value == null) {
      violations.add(ViolationCode.REQUIRED.at("value", "value"));
    } else if (!Double.isFinite(value)) {
      violations.add(ViolationCode.NOT_FINITE.at("value", "value", value));
    } else if (indicator.unitOfMeasure().startsWith("percent") && (value < 0 || value > 100)) {
      violations.add(ViolationCode.OUT_OF_RANGE.at("value", "value", "0–100", value));
    }
  }

  private static void checkCount(MetricEvent event, List<Violation> violations) {
    if (event.count() == null) {
      violations.add(ViolationCode.REQUIRED.at("count", "count"));
    } else if (event.count() < 0) {
      violations.add(ViolationCode.NEGATIVE.at("count", "count", event.count()));
    } else if (event.count() > MAX_COUNT) {
      violations.add(ViolationCode.TOO_LARGE.at("count", "count", MAX_COUNT, event.count()));
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
