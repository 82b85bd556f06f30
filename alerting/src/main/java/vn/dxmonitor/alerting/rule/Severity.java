package vn.dxmonitor.alerting.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgent an alert is; Alertmanager receives it as the {@code severity} label. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> fromId(String id) {
    return Arrays.stream(values()).filter(severity -> severity.id().equals(id)).findFirst();
  }
}
