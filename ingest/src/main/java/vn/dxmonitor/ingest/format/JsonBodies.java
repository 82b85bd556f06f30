package vn.dxmonitor.ingest.format;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * {@code application/json}: one event, an array of events, or {@code {"events": [...]}}; and {@code
 * application/x-ndjson}, one event per line, where a line that is not JSON is refused by itself and
 * the other lines still count.
 */
public final class JsonBodies {

  private static final String EVENTS = "events";

  private JsonBodies() {}

  public static List<BodyItem> json(byte[] body) {
    JsonNode root = parse(body, 0, body.length, "the request body");
    List<BodyItem> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(node -> items.add(BodyItem.of(node)));
    } else if (root.isObject() && root.has(EVENTS)) {
      JsonNode events = root.get(EVENTS);
      if (!events.isArray()) {
        throw new UnreadableBodyException(
            "'events' must be an array of events, but was " + events.getNodeType());
      }
      events.forEach(node -> items.add(BodyItem.of(node)));
    } else {
      items.add(BodyItem.of(root));
    }
    return items;
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
        try {
          items.add(BodyItem.of(JsonCodec.mapper().readTree(body, start, end - start)));
        } catch (JacksonException e) {
          items.add(
              BodyItem.unreadable(
                  ViolationCode.UNPARSEABLE.at("event", "line " + line, e.getOriginalMessage()),
                  name -> name));
        }
      }
      start = end + 1;
    }
    return items;
  }

  static JsonNode parse(byte[] body, int offset, int length, String what) {
    if (isBlank(body, offset, offset + length)) {
      throw new UnreadableBodyException(what + " is empty");
    }
    try {
      return JsonCodec.mapper().readTree(body, offset, length);
    } catch (JacksonException e) {
      throw new UnreadableBodyException(what + " is not valid JSON: " + e.getOriginalMessage());
    }
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
