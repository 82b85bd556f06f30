package vn.dxmonitor.platform.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.dxmonitor.model.event.MetricEvent;

/**
 * What a one-stop-shop system (hệ thống thông tin giải quyết TTHC) sends for one dossier: one event
 * per 766 indicator the dossier counts in, each 1 of 1 or 0 of 1, so that the demo's 766 board
 * moves. How good a commune is at each is drawn around its own quality, some indicators harder than
 * others, as the portal's published figures are.
 */
final class DossierEvents {

  /** Each indicator with how far below a commune's quality it usually sits. */
  private static final Map<String, Double> INDICATORS = new LinkedHashMap<>();

  static {
    INDICATORS.put("dossiers-synced-to-portal", 0.0);
    INDICATORS.put("dossiers-on-time", 0.05);
    INDICATORS.put("dossiers-e-result", 0.25);
    INDICATORS.put("dossiers-digitised", 0.15);
    INDICATORS.put("dossiers-data-reused", 0.45);
    INDICATORS.put("dossiers-population-data", 0.2);
    INDICATORS.put("dossiers-fully-online", 0.35);
    INDICATORS.put("dossiers-paid-online", 0.4);
    INDICATORS.put("dossiers-satisfied", 0.02);
  }

  private DossierEvents() {}

  /**
   * The events of one dossier of {@code unit} at {@code at}, named from {@code id} and drawn from
   * {@code draws}, so that the same id and seed give the same events.
   */
  static List<MetricEvent> of(String id, String unit, Instant at, double quality, Random draws) {
    List<MetricEvent> events = new ArrayList<>();
    for (Map.Entry<String, Double> indicator : INDICATORS.entrySet()) {
      boolean counted = draws.nextDouble() < quality - indicator.getValue();
      events.add(
          MetricEvent.ratio(
              id + "-" + indicator.getKey(),
              null,
              unit,
              indicator.getKey(),
              at,
              counted ? 1 : 0,
              1));
    }
    // A complaint comes with about one dossier in ten
    if (draws.nextDouble() < 0.1) {
      boolean onTime = draws.nextDouble() < quality;
      events.add(
          MetricEvent.ratio(
              id + "-complaints-on-time", null, unit, "complaints-on-time", at, onTime ? 1 : 0, 1));
    }
    return events;
  }
}
