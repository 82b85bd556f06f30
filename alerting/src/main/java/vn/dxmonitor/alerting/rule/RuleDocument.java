package vn.dxmonitor.alerting.rule;

/**
 * One entry of the rule configuration as written (YAML in {@code catalog/alert-rules.yaml}, JSON
 * through {@code PUT /api/v1/rules}): a rule, the scope it applies to ({@code plan}, {@code
 * indicator}, {@code level}; absent means any) and the settings it changes. Durations and periods
 * are ISO-8601 text; {@link RuleSetReader} checks every field.
 */
public record RuleDocument(
    String rule,
    String plan,
    String indicator,
    String level,
    Boolean enabled,
    String severity,
    String pendingFor,
    String resolveFor,
    Double threshold,
    String window,
    Boolean neverReported) {}
