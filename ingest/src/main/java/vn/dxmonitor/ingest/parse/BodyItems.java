package vn.dxmonitor.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Splits a request body into its items: one event, an array, or {@code {"events": [...]}}. */
public final class BodyItems {

  private BodyItems() {}

  public static List<JsonNode> of(JsonNode body) {
    List<JsonNode> items = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(items::add);
    } else if (body.isObject() && body.get("events") != null && body.get("events").isArray()) {
      body.get("events").forEach(items::add);
    } else {
      items.add(body);
    }
    return items;
  }
}
