package vn.dxmonitor.alerting.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;
import vn.dxmonitor.model.catalog.BuiltInCatalog;
import vn.dxmonitor.model.unit.UnitLevel;

class RuleSetReaderTest {

  @Test
  void theMostSpecificMatchingEntryWinsOverLevelWideOnesAndTheDefaults() {
    RuleSet rules =
        RuleSetReader.read(
            RuleSetReader.parse(
                """
                rules:
                  - rule: behind-trajectory
                    indicator: work-records-online
                    level: commune
                    pendingFor: PT1M
                  - rule: behind-trajectory
                    level: commune
                    severity: critical
                    pendingFor: PT1H
                """),
            BuiltInCatalog.create());
    RuleSettings commune =
        rules.settingsFor(
            RuleKind.BEHIND_TRAJECTORY, "any-plan", "work-records-online", UnitLevel.COMMUNE);
    assertThat(commune.pendingFor()).isEqualTo(Duration.ofMinutes(1));
    assertThat(commune.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(commune.resolveFor()).isEqualTo(RuleKind.BEHIND_TRAJECTORY.defaults().resolveFor());

    RuleSettings otherIndicator =
        rules.settingsFor(
            RuleKind.BEHIND_TRAJECTORY, "any-plan", "tthc-dossiers-online", UnitLevel.COMMUNE);
    assertThat(otherIndicator.pendingFor()).isEqualTo(Duration.ofHours(1));
    RuleSettings province =
        rules.settingsFor(
            RuleKind.BEHIND_TRAJECTORY, "any-plan", "work-records-online", UnitLevel.PROVINCE);
    assertThat(province).isEqualTo(RuleKind.BEHIND_TRAJECTORY.defaults());
  }

  @Test
  void theShippedConfigurationNamesEveryRuleAndReadsClean() {
    RulesDocument shipped = RuleSetReader.defaultDocument();

    RuleSet rules = RuleSetReader.read(shipped, BuiltInCatalog.create());

    assertThat(shipped.rules())
        .extracting(RuleDocument::rule)
        .containsAll(Arrays.stream(RuleKind.values()).map(RuleKind::id).toList());
    RuleSettings reminder =
        rules.settingsFor(RuleKind.REPORT_DUE, "any-plan", "any-indicator", UnitLevel.PROVINCE);
    assertThat(reminder.severity()).isEqualTo(Severity.INFO);
    assertThat(reminder.window()).isEqualTo(Period.ofDays(5));
    assertThat(rules.mayAlertOnReports()).isTrue();
  }

  @Test
  void everyFieldAtFaultIsNamedWithTheReason() {
    assertThatThrownBy(
            () ->
                RuleSetReader.read(
                    RuleSetReader.parse(
                        """
                        rules:
                          - rule: behind
                            level: hamlet
                          - rule: regression
                            pendingFor: 15 minutes
                            window: P0D
                            threshold: -1
                            severity: loud
                            indicator: no-such-indicator
                        """),
                    BuiltInCatalog.create()))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder(
                        "rules[0].rule",
                        "rules[0].level",
                        "rules[1].indicator",
                        "rules[1].severity",
                        "rules[1].pendingFor",
                        "rules[1].window",
                        "rules[1].threshold"))
        .hasMessageContaining("rules[1].pendingFor: must be an ISO-8601 duration such as PT15M")
        .hasMessageContaining("but was 'behind'");
  }

  @Test
  void theShippedConfigurationIsValidAndMakesTheProvinceLevelCritical() {
    RuleSet shipped = RuleSetReader.read(RuleSetReader.defaultDocument(), BuiltInCatalog.create());
    assertThat(
            shipped
                .settingsFor(RuleKind.BEHIND_TRAJECTORY, "p", "i", UnitLevel.PROVINCE)
                .severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(
            shipped.settingsFor(RuleKind.BEHIND_TRAJECTORY, "p", "i", UnitLevel.COMMUNE).severity())
        .isEqualTo(Severity.WARNING);
  }
}
