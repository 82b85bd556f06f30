package vn.dxmonitor.runtime.keys;

import java.util.List;

/**
 * What a new key is for.
 *
 * @param role {@code source} when absent
 * @param units codes whose subtrees the key may report for, each resolved at the event's date
 * @param indicators the indicators the key may report; all when empty
 */
public record KeyRequest(String source, KeyRole role, List<String> units, List<String> indicators) {

  public KeyRequest {
    units = units == null ? List.of() : units;
    indicators = indicators == null ? List.of() : indicators;
  }
}
