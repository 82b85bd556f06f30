package vn.dxmonitor.alerting.rule;

import java.util.List;

/** The whole rule configuration: what {@code GET /api/v1/rules} answers and {@code PUT} takes. */
public record RulesDocument(List<RuleDocument> rules) {

  public RulesDocument {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
