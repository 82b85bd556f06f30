package vn.dxmonitor.ingest.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Suggestions;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.event.ViolationCode;

/**
 * Reads one JSON item into an event, field by field, so that a wrong type is reported against the
 * field that has it instead of failing the whole request. Strict on numbers: a count of 1.5 is an
 * error, never a truncated 1.
 */
public final class EventReader {

  /** The fields of the contract; {@code source} is allowed and ignored, the key decides it. */
  static final Set<String> FIELDS =
      Set.of(
          "eventId",
          "source",
          "unit",
          "indicator",
          "occurredAt",
          "numerator",
          "denominator",
          "value",
          "count",
          "compliant");

  private EventReader() {}

  public static ReadEvent read(JsonNode node, String source) {
    List<Violation> violations = new ArrayList<>();
    if (node == null || !node.isObject()) {
      violations.add(
          ViolationCode.WRONG_TYPE.at("event", "event", "a JSON object", describe(node)));
      return new ReadEvent(
          new MetricEvent(null, source, null, null, null, null, null, null, null, null),
          violations);
    }
    node.propertyNames()
        .forEach(
            name -> {
              if (!FIELDS.contains(name)) {
                violations.add(
                    ViolationCode.UNKNOWN_FIELD.at(
                        name, name, Suggestions.phrase(Suggestions.nearest(name, FIELDS))));
              }
            });
    MetricEvent event =
        new MetricEvent(
            text(node, "eventId", violations),
            source,
            text(node, "unit", violations),
            text(node, "indicator", violations),
            instant(node, "occurredAt", violations),
            integer(node, "numerator", violations),
            integer(node, "denominator", violations),
            number(node, "value", violations),
            integer(node, "count", violations),
            bool(node, "compliant", violations));
    return new ReadEvent(event, violations);
  }

  private static String text(JsonNode node, String field, List<Violation> violations) {
    JsonNode value = node.get(field);
    if (isAbsent(value)) {
      return null;
    }
    if (!value.isString()) {
      violations.add(ViolationCode.WRONG_TYPE.at(field, field, "a string", describe(value)));
      return null;
    }
    return value.stringValue();
  }

  private static Instant instant(JsonNode node, String field, List<Violation> violations) {
    String text = text(node, field, violations);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(
          ViolationCode.WRONG_TYPE.at(
              field,
              field,
              "an ISO-8601 date-time with offset such as 2025-11-20T09:15:00+07:00",
              "'" + text + "'"));
      return null;
    }
  }

  private static Long integer(JsonNode node, String field, List<Violation> violations) {
    JsonNode value = node.get(field);
    if (isAbsent(value)) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      violations.add(ViolationCode.WRONG_TYPE.at(field, field, "a whole number", describe(value)));
      return null;
    }
    return value.longValue();
  }

  private static Double number(JsonNode node, String field, List<Violation> violations) {
    JsonNode value = node.get(field);
    if (isAbsent(value)) {
      return null;
    }
    if (!value.isNumber()) {
      violations.add(ViolationCode.WRONG_TYPE.at(field, field, "a number", describe(value)));
      return null;
    }
    return value.doubleValue();
  }

  private static Boolean bool(JsonNode node, String field, List<Violation> violations) {
    JsonNode value = node.get(field);
    if (isAbsent(value)) {
      return null;
    }
    if (!value.isBoolean()) {
      violations.add(ViolationCode.WRONG_TYPE.at(field, field, "true or false", describe(value)));
      return null;
    }
    return value.booleanValue();
  }

  private static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String json = value.toString();
    return json.length() > 40 ? json.substring(0, 40) + "…" : json;
  }
}
