package vn.dxmonitor.dashboard.admin;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.runtime.keys.InvalidKeyRequestException;
import vn.dxmonitor.runtime.keys.KeyRequest;
import vn.dxmonitor.runtime.keys.KeyRole;

/** {@code {source, role?, units: [codes], indicators?: [ids]}}, each wrong field named. */
final class KeyRequestReader {

  private static final Set<String> FIELDS = Set.of("source", "role", "units", "indicators");

  private KeyRequestReader() {}

  static KeyRequest read(JsonNode node) {
    List<Map.Entry<String, String>> problems = new ArrayList<>();
    node.propertyNames().stream()
        .filter(name -> !FIELDS.contains(name))
        .forEach(
            name ->
                problems.add(
                    new SimpleEntry<>(
                        name,
                        "is not a field of a key; the fields are " + String.join(", ", FIELDS))));
    String source = text(node, "source", problems);
    KeyRole role = null;
    String roleText = text(node, "role", problems);
    if (roleText != null) {
      try {
        role = KeyRole.of(roleText);
      } catch (IllegalArgumentException e) {
        problems.add(
            new SimpleEntry<>(
                "role", "must be 'source', 'operator' or 'admin', but was '" + roleText + "'"));
      }
    }
    List<String> units = texts(node, "units", problems);
    List<String> indicators = texts(node, "indicators", problems);
    if (!problems.isEmpty()) {
      throw new InvalidKeyRequestException(problems);
    }
    return new KeyRequest(source, role, units, indicators);
  }

  private static String text(
      JsonNode node, String field, List<Map.Entry<String, String>> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      problems.add(new SimpleEntry<>(field, "must be a string, but was " + value));
      return null;
    }
    return value.stringValue();
  }

  private static List<String> texts(
      JsonNode node, String field, List<Map.Entry<String, String>> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(new SimpleEntry<>(field, "must be an array of strings, but was " + value));
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isString()) {
        texts.add(element.stringValue());
      } else {
        problems.add(
            new SimpleEntry<>(field + "[" + i + "]", "must be a string, but was " + element));
      }
    }
    return texts;
  }
}
