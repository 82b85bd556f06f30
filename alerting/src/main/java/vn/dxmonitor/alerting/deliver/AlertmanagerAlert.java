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
    labels.put("unit", alert.where().unit());
    put(labels, "unit_level", alert.where().level());
    put(labels, "province", alert.where().province());
    labels.put("indicator", alert.what().indicator());
    put(labels, "plan", alert.what().planId());
    Map<String, String> annotations = new LinkedHashMap<>();
    put(annotations, "summary", alert.what().summary());
    put(annotations, "unit_name", alert.where().unitName());
    put(
        annotations,
        "value",
        alert.figures().value() == null ? null : alert.figures().value().toString());
    put(
        annotations,
        "expected",
        alert.figures().expected() == null ? null : alert.figures().expected().toString());
    put(
        annotations,
        "target",
        alert.figures().target() == null ? null : alert.figures().target().toString());
    return new AlertmanagerAlert(
        labels,
        annotations,
        alert.timeline().firedAt() != null
            ? alert.timeline().firedAt()
            : alert.timeline().startsAt(),
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
