package vn.dxmonitor.dashboard.admin;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * Reads admin request bodies strictly (unknown fields refused) and names the field a parse failure
 * is at, e.g. {@code targets[0].value}, which the framework's own reading would not.
 */
public final class RequestBodies {

  private RequestBodies() {}

  public static <T> T read(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw InvalidRequestException.of("body", "is required");
    }
    try {
      T value = JsonCodec.readStrict(body, type);
      if (value == null) {
        throw InvalidRequestException.of("body", "must be a JSON object, but was null");
      }
      return value;
    } catch (JacksonException e) {
      throw InvalidRequestException.of(path(e), e.getOriginalMessage());
    }
  }

  /**
   * A body read as a JSON object, for a reader that names every field at fault at once rather than
   * stopping at the first.
   */
  public static JsonNode readObject(byte[] body) {
    if (body == null || body.length == 0) {
      throw InvalidRequestException.of("body", "is required");
    }
    JsonNode node;
    try {
      node = JsonCodec.mapper().readTree(body);
    } catch (JacksonException e) {
      throw InvalidRequestException.of("body", "is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw InvalidRequestException.of("body", "must be a JSON object");
    }
    return node;
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }
}
