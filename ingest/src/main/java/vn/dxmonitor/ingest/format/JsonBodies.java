package vn.dxmonitor.ingest.format;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * {@code application/json}: one event, an array of events, or {@code {"events": [...]}}; and {@code
 * application/x-ndjson}, one event per line, where a line that is not JSON is refused by itself and
 * the other lines still count. Bodies are read as a token stream, item by item, with no tree of the
 * whole request in between.
 */
public final class JsonBodies {

  private static final String EVENTS = "events";
  private static final String BODY = "the request body";

  private JsonBodies() {}

  public static List<BodyItem> json(byte[] body) {
    requireContent(body, 0, body.length, BODY);
    try {
      List<BodyItem> batch = batch(body);
      return batch != null ? batch : single(body);
    } catch (JacksonException e) {
      throw notJson(BODY, e);
    }
  }

  /** The items of an array or of {@code {"events": [...]}}; null when the body is neither. */
  private static List<BodyItem> batch(byte[] body) {
    try (JsonParser parser = JsonCodec.mapper().createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        if (!EVENTS.equals(parser.nextName())) {
          return null;
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new UnreadableBodyException(
              "'events' must be an array of events, but was "
                  + parser.<JsonNode>readValueAsTree().getNodeType());
        }
      } else if (first != JsonToken.START_ARRAY) {
        return null;
      }
      List<BodyItem> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(BodyItem.of(EventReader.read(parser)));
      }
      if (first == JsonToken.START_OBJECT && parser.nextName() != null) {
        throw new UnreadableBodyException(
            "a batch is {\"events\": [...]} alone, but '"
                + parser.currentName()
                + "' came after 'events'");
      }
      requireEnd(parser);
      return items;
    }
  }

  private static List<BodyItem> single(byte[] body) {
    try (JsonParser parser = JsonCodec.mapper().createParser(body)) {
      parser.nextToken();
      BodyItem item = BodyItem.of(EventReader.read(parser));
      requireEnd(parser);
      return List.of(item);
    }
  }

  public static List<BodyItem> ndjson(byte[] body) {
    List<BodyItem> items = new ArrayList<>();
    int line = 0;
    int start = 0;
    while (start < body.length) {
      int end = start;
      while (end < body.length && body[end] != '\n') {
        end++;
      }
      line++;
      if (!isBlank(body, start, end)) {
        items.add(line(body, start, end, line));
      }
      start = end + 1;
    }
    return items;
  }

  private static BodyItem line(byte[] body, int start, int end, int line) {
    try (JsonParser parser = JsonCodec.mapper().createParser(body, start, end - start)) {
      parser.nextToken();
      ReadEvent read = EventReader.read(parser);
      requireEnd(parser);
      return BodyItem.of(read);
    } catch (JacksonException | UnreadableBodyException e) {
      String reason =
          e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
      return BodyItem.unreadable(
          ViolationCode.UNPARSEABLE.at("event", "line " + line, reason), name -> name);
    }
  }

  /** A whole JSON value as a tree, for formats read through a library that wants one. */
  static JsonNode parse(byte[] body, int offset, int length, String what) {
    requireContent(body, offset, offset + length, what);
    try {
      return JsonCodec.mapper().readTree(body, offset, length);
    } catch (JacksonException e) {
      throw notJson(what, e);
    }
  }

  private static void requireEnd(JsonParser parser) {
    if (parser.nextToken() != null) {
      throw new UnreadableBodyException("a second JSON value follows the first");
    }
  }

  private static void requireContent(byte[] body, int from, int to, String what) {
    if (isBlank(body, from, to)) {
      throw new UnreadableBodyException(what + " is empty");
    }
  }

  private static UnreadableBodyException notJson(String what, JacksonException e) {
    return new UnreadableBodyException(what + " is not valid JSON: " + e.getOriginalMessage());
  }

  private static boolean isBlank(byte[] body, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(body[i])) {
        return false;
      }
    }
    return true;
  }
}
