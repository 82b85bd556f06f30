package vn.dxmonitor.ingest.format;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Suggestions;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Reads one JSON item into an event, field by field, so that a wrong type is reported against the
 * field that has it instead of failing the whole request. Strict on numbers: a count of 1.5 is an
 * error, never a truncated 1.
 *
 * <p>It reads from the token stream rather than from a tree, since an ingest instance reads every
 * event it stores: only a value of the wrong type is made into a tree, to show it in the error. The
 * event's {@code source} is left null; the key decides it.
 */
public final class EventReader {

  /**
   * The fields of the contract; {@code source}, {@code acceptedAt} and {@code sentBy} are allowed
   * and ignored: the key and the moment of acceptance decide them.
   */
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
          "compliant",
          "retract",
          "acceptedAt",
          "sentBy");

  private static final String OFFSET_DATE_TIME =
      "an ISO-8601 date-time with offset such as 2025-11-20T09:15:00+07:00";

  private EventReader() {}

  /** An item already read as a tree, such as the data of a CloudEvent. */
  public static ReadEvent read(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return notAnObject("nothing");
    }
    try (JsonParser parser = JsonCodec.mapper().treeAsTokens(node)) {
      parser.nextToken();
      return read(parser);
    }
  }

  /**
   * @param parser at the item's first token; left at its last
   */
  public static ReadEvent read(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return notAnObject(describe(parser));
    }
    Item item = new Item();
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      parser.nextToken();
      item.read(name, parser);
    }
    return item.result();
  }

  private static ReadEvent notAnObject(String was) {
    return new ReadEvent(
        new MetricEvent(null, null, null, null, null, null, null, null, null, null),
        List.of(ViolationCode.WRONG_TYPE.at("event", "event", "a JSON object", was)));
  }

  /** The current value as an error message shows it; reads past it. */
  private static String describe(JsonParser parser) {
    JsonNode value = parser.readValueAsTree();
    String json = value.toString();
    return json.length() > 40 ? json.substring(0, 40) + "…" : json;
  }

  /**
   * The fields of one item as they are read. Errors are kept in the contract's field order, with
   * unknown fields first, whatever order the client wrote the fields in.
   */
  private static final class Item {

    private String eventId;
    private String unit;
    private String indicator;
    private Instant occurredAt;
    private Long numerator;
    private Long denominator;
    private Double value;
    private Long count;
    private Boolean compliant;
    private Boolean retract;
    private List<Violation> unknown;
    private Violation[] wrong;

    void read(String name, JsonParser parser) {
      switch (name) {
        case "eventId" -> eventId = text(parser, Field.EVENT_ID);
        case "unit" -> unit = text(parser, Field.UNIT);
        case "indicator" -> indicator = text(parser, Field.INDICATOR);
        case "occurredAt" -> occurredAt = instant(parser);
        case "numerator" -> numerator = integer(parser, Field.NUMERATOR);
        case "denominator" -> denominator = integer(parser, Field.DENOMINATOR);
        case "value" -> value = number(parser);
        case "count" -> count = integer(parser, Field.COUNT);
        case "compliant" -> compliant = bool(parser, Field.COMPLIANT);
        case "retract" -> retract = bool(parser, Field.RETRACT);
        // Set by ingest, whatever the body says: a client that writes the whole record (as it
        // reads it back from the topic) is not refused for them.
        case "source", "acceptedAt", "sentBy" -> parser.skipChildren();
        default -> {
          parser.skipChildren();
          if (unknown == null) {
            unknown = new ArrayList<>(2);
          }
          unknown.add(
              ViolationCode.UNKNOWN_FIELD.at(
                  name, name, Suggestions.phrase(Suggestions.nearest(name, FIELDS))));
        }
      }
    }

    ReadEvent result() {
      MetricEvent event =
          new MetricEvent(
              eventId,
              null,
              unit,
              indicator,
              occurredAt,
              numerator,
              denominator,
              value,
              count,
              compliant,
              retract,
              null,
              null);
      if (unknown == null && wrong == null) {
        return new ReadEvent(event, List.of());
      }
      List<Violation> violations = new ArrayList<>();
      if (unknown != null) {
        violations.addAll(unknown);
      }
      if (wrong != null) {
        for (Violation violation : wrong) {
          if (violation != null) {
            violations.add(violation);
          }
        }
      }
      return new ReadEvent(event, violations);
    }

    private String text(JsonParser parser, Field field) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return parser.getString();
      }
      if (token != JsonToken.VALUE_NULL) {
        wrong(field, "a string", describe(parser));
      }
      return null;
    }

    private Instant instant(JsonParser parser) {
      String text = text(parser, Field.OCCURRED_AT);
      if (text == null) {
        return null;
      }
      try {
        return OffsetTimestamps.parse(text);
      } catch (DateTimeParseException e) {
        wrong(Field.OCCURRED_AT, OFFSET_DATE_TIME, "'" + text + "'");
        return null;
      }
    }

    private Long integer(JsonParser parser, Field field) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT
          && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        return parser.getLongValue();
      }
      if (token != JsonToken.VALUE_NULL) {
        wrong(field, "a whole number", describe(parser));
      }
      return null;
    }

    private Double number(JsonParser parser) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return parser.getDoubleValue();
      }
      if (token != JsonToken.VALUE_NULL) {
        wrong(Field.VALUE, "a number", describe(parser));
      }
      return null;
    }

    private Boolean bool(JsonParser parser, Field field) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      if (token != JsonToken.VALUE_NULL) {
        wrong(field, "true or false", describe(parser));
      }
      return null;
    }

    private void wrong(Field field, String expected, String was) {
      if (wrong == null) {
        wrong = new Violation[Field.values().length];
      }
      wrong[field.ordinal()] = ViolationCode.WRONG_TYPE.at(field.id, field.id, expected, was);
    }
  }

  /** The fields an item can have wrong, in the order their errors are listed. */
  private enum Field {
    EVENT_ID("eventId"),
    UNIT("unit"),
    INDICATOR("indicator"),
    OCCURRED_AT("occurredAt"),
    NUMERATOR("numerator"),
    DENOMINATOR("denominator"),
    VALUE("value"),
    COUNT("count"),
    COMPLIANT("compliant"),
    RETRACT("retract");

    private final String id;

    Field(String id) {
      this.id = id;
    }
  }
}
