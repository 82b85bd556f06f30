package vn.dxmonitor.alerting.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The problems found in a document so far, each with the path of its field. */
public final class Problems {

  private final List<Map.Entry<String, String>> found = new ArrayList<>();

  public void add(String field, String problem) {
    found.add(new SimpleEntry<>(field, problem));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * @throws InvalidConfigurationException when any problem was found
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidConfigurationException(found);
    }
  }

  /** An ISO-8601 duration longer than zero, or null (and a problem) when it is not one. */
  public Duration positiveDuration(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative() || duration.isZero()) {
        add(field, "must be longer than zero, but was '" + text + "'");
        return null;
      }
      return duration;
    } catch (DateTimeParseException e) {
      add(field, "must be an ISO-8601 duration such as PT15M, but was '" + text + "'");
      return null;
    }
  }
}
