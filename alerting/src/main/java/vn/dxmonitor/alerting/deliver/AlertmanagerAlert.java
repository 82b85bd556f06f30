package vn.dxmonitor.alerting.deliver;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dxmonitor.model.alert.Alert;

/**
 * An alert as Alertmanager's v2 API takes it ({@code POST /api/v2/alerts}): labels identify it and
 * are what an office's routes match on; {@code endsAt} in the past resolves it.
 */
public record AlertmanagerAlert(
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    String generatorURL) {

  static AlertmanagerAlert of(Alert alert, Instant endsAt, String generatorBase) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("alertname", alert.rule());
    labels.put("dx_alert_id", alert.id());
    labels.put("severity", alert.severity());
    labels.put("unit", alert.unit());
    put(labels, "unit_level", alert.level());
    put(labels, "province", alert.province());
    labels.put("indicator", alert.indicator());
    put(labels, "plan", alert.planId());
    Map<String, String> annotations = new LinkedHashMap<>();
    put(annotations, "summary", alert.summary());
    put(annotations, "unit_name", alert.unitName());
    put(annotations, "value", alert.value() == null ? null : alert.value().toString());
    put(annotations, "expected", alert.expected() == null ? null : alert.expected().toString());
    put(annotations, "target", alert.target() == null ? null : alert.target().toString());
    return new AlertmanagerAlert(
        labels,
        annotations,
        alert.firedAt() != null ? alert.firedAt() : alert.startsAt(),
        endsAt,
        generatorBase
            + "/api/v1/alerts/"
            + java.net.URLEncoder.encode(alert.id(), java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
