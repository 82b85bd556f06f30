package vn.dxmonitor.alerting.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.alerting.route.Receiver;
import vn.dxmonitor.alerting.route.Routes;
import vn.dxmonitor.alerting.route.Routing;
import vn.dxmonitor.alerting.route.WebhookTarget;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.model.calendar.ReportingDeadlines;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Comparator;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.catalog.Pillar;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Rollup;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitLevel;

/** A catalog of one figure Gia Lai reports itself, and a receiver for Gia Lai's alerts. */
final class ReportedCatalog {

  static final String PLAN = "kh-bao-cao";

  private ReportedCatalog() {}

  /** One measurement of {@code cadence}, with a province target for 2030 under one plan. */
  static Catalog of(String indicator, Period cadence, ReportingDeadlines deadlines) {
    Plan plan =
        new Plan(
            PLAN,
            "Kế hoạch",
            "gia-lai",
            "test",
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 1, 1),
            Set.of(BuiltInUnits.GIA_LAI),
            List.of(),
            deadlines);
    Indicator reported =
        new Indicator(
            indicator,
            "Chỉ số " + indicator,
            indicator,
            Pillar.DIGITAL_ECONOMY,
            IndicatorKind.MEASUREMENT,
            "percent",
            0,
            cadence,
            Rollup.NONE,
            false,
            null,
            null,
            null);
    Target target =
        new Target(
            PLAN + "/" + indicator,
            PLAN,
            indicator,
            UnitLevel.PROVINCE,
            Comparator.AT_LEAST,
            50,
            LocalDate.of(2030, 12, 31),
            "quote",
            null,
            null,
            null);
    return new Catalog(List.of(reported), List.of(plan), List.of(target));
  }

  /** A rule configuration with every rule but {@code kept} switched off. */
  static String only(RuleKind kept) {
    StringBuilder rules = new StringBuilder("rules:\n");
    for (RuleKind rule : RuleKind.values()) {
      if (rule != kept) {
        rules.append("  - {rule: ").append(rule.id()).append(", enabled: false}\n");
      }
    }
    return rules.toString();
  }

  /** Gia Lai's alerts to a webhook, grouped for 30 s. */
  static Routes giaLaiRoutes() {
    return new Routes(
        new Routing(
            Duration.ofSeconds(30),
            Duration.ofMinutes(5),
            Duration.ofHours(12),
            Duration.ofHours(4),
            LocalTime.of(7, 30)),
        List.of(
            new Receiver(
                "gia-lai",
                BuiltInUnits.GIA_LAI,
                "Gia Lai",
                new WebhookTarget("http://localhost:1/hook", "0123456789abcdef"),
                List.of())));
  }
}
