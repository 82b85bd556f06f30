package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.BEHIND;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.RECORDS;
import static vn.dxmonitor.alerting.notify.AlertFixtures.acknowledged;
import static vn.dxmonitor.alerting.notify.AlertFixtures.escalated;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.AlertFixtures.pending;
import static vn.dxmonitor.alerting.notify.AlertFixtures.resolved;
import static vn.dxmonitor.alerting.notify.AlertFixtures.withValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.NotifiedAlert.CoveredUnit;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.AlertState;

class CoverageTest {

  private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");
  private static final String PROJECTED = "projected-miss";
  private static final String SERVICES = "online-services";

  @Test
  void aProvinceAlertCoversTheFiringAlertsOfItsCommunesOnItsIndicatorByUnitCode() {
    Alert province = firing(BEHIND, RECORDS, 30.0, T0, PROVINCE);
    Alert anLao = firing(AN_LAO, T0);
    Alert quyNhon = firing(QUY_NHON, T0);

    Coverage coverage = Coverage.of(List.of(province, anLao, quyNhon));

    assertThat(coverage.of(province))
        .containsExactly(
            new CoveredUnit(QUY_NHON, "Đơn vị " + QUY_NHON, BEHIND, 20.0),
            new CoveredUnit(AN_LAO, "Đơn vị " + AN_LAO, BEHIND, 20.0));
    assertThat(coverage.of(anLao)).isEmpty();
  }

  @Test
  void aUnitCoversEveryLevelBelowItNotOnlyItsChildren() {
    Alert village = firing(BEHIND, RECORDS, 10.0, T0, "2160901", AN_LAO, PROVINCE);
    Alert commune = firing(AN_LAO, T0);
    Alert province = firing(BEHIND, RECORDS, 30.0, T0, PROVINCE);

    Coverage coverage = Coverage.of(List.of(village, commune, province));

    assertThat(coverage.of(province))
        .extracting(CoveredUnit::unit)
        .containsExactly(AN_LAO, "2160901");
    assertThat(coverage.of(commune)).extracting(CoveredUnit::unit).containsExactly("2160901");
  }

  @Test
  void pendingAlertsOtherIndicatorsOtherRulesOfTheSameUnitAndOtherBranchesAreNotCovered() {
    Alert commune = firing(AN_LAO, T0);
    List<Alert> active =
        List.of(
            commune,
            pending(BEHIND, RECORDS, T0, "2160901", AN_LAO, PROVINCE),
            firing(BEHIND, SERVICES, 10.0, T0, "2160902", AN_LAO, PROVINCE),
            firing(PROJECTED, RECORDS, 20.0, T0, AN_LAO, PROVINCE),
            firing(BEHIND, RECORDS, 10.0, T0, "2158301", QUY_NHON, PROVINCE));

    assertThat(Coverage.of(active).of(commune)).isEmpty();
  }

  @Test
  void twoRulesFiringForOneUnitAreBothCoveredInTheOrderTheyBecameActive() {
    Alert province = firing(BEHIND, RECORDS, 30.0, T0, PROVINCE);
    List<Alert> active =
        List.of(
            province,
            firing(PROJECTED, RECORDS, 21.0, T0, AN_LAO, PROVINCE),
            firing(QUY_NHON, T0),
            firing(BEHIND, RECORDS, 20.0, T0, AN_LAO, PROVINCE));

    assertThat(Coverage.of(active).of(province))
        .extracting(CoveredUnit::unit, CoveredUnit::rule)
        .containsExactly(tuple(QUY_NHON, BEHIND), tuple(AN_LAO, PROJECTED), tuple(AN_LAO, BEHIND));
  }

  /**
   * The index against the definition it replaced, written as plainly as possible: every firing
   * alert on the same indicator, of another unit, whose path passes through the alert's unit,
   * sorted by unit. Random trees and states, from a fixed seed.
   */
  @Test
  void whatAnAlertCoversIsWhatTheDefinitionSaysOnRandomTrees() {
    Random random = new Random(26);
    for (int round = 0; round < 300; round++) {
      List<Alert> active = randomAlerts(random);
      Coverage coverage = Coverage.of(active);
      for (Alert alert : active) {
        assertThat(coverage.of(alert)).isEqualTo(definition(alert, active));
      }
    }
  }

  @Test
  void startingOrStoppingToFireOrNewFiguresWhileFiringChangeCoverage() {
    Alert anLao = firing(AN_LAO, T0);

    assertThat(Coverage.changedBy(null, anLao)).isTrue();
    assertThat(Coverage.changedBy(anLao, resolved(anLao, T0.plusSeconds(60)))).isTrue();
    assertThat(Coverage.changedBy(anLao, withValue(anLao, 25.0, T0.plusSeconds(60)))).isTrue();
  }

  @Test
  void anEscalationAnAcknowledgementOrAPendingAlertLeaveCoverageAsItWas() {
    Alert anLao = firing(AN_LAO, T0);

    assertThat(Coverage.changedBy(anLao, escalated(anLao, T0.plusSeconds(60)))).isFalse();
    assertThat(Coverage.changedBy(anLao, acknowledged(anLao, T0.plusSeconds(60)))).isFalse();
    assertThat(Coverage.changedBy(null, pending(BEHIND, RECORDS, T0, AN_LAO, PROVINCE))).isFalse();
  }

  private static List<CoveredUnit> definition(Alert alert, List<Alert> active) {
    List<CoveredUnit> covered = new ArrayList<>();
    for (Alert below : active) {
      if (below.state() == AlertState.FIRING
          && below.what().indicator().equals(alert.what().indicator())
          && !below.where().unit().equals(alert.where().unit())
          && below.where().path().contains(alert.where().unit())) {
        covered.add(
            new CoveredUnit(
                below.where().unit(),
                below.where().unitName(),
                below.rule(),
                below.figures().value()));
      }
    }
    covered.sort(Comparator.comparing(CoveredUnit::unit));
    return covered;
  }

  /** Up to four levels under one province, with firing and pending alerts of two rules. */
  private static List<Alert> randomAlerts(Random random) {
    List<List<String>> paths = new ArrayList<>();
    paths.add(List.of(PROVINCE));
    int units = 1 + random.nextInt(25);
    for (int i = 0; i < units; i++) {
      List<String> parent = paths.get(random.nextInt(paths.size()));
      if (parent.size() < 4) {
        List<String> path = new ArrayList<>();
        path.add(PROVINCE + "-" + i);
        path.addAll(parent);
        paths.add(path);
      }
    }
    Map<String, Alert> alerts = new LinkedHashMap<>();
    int count = random.nextInt(40);
    for (int i = 0; i < count; i++) {
      String[] path = paths.get(random.nextInt(paths.size())).toArray(String[]::new);
      String rule = random.nextBoolean() ? BEHIND : PROJECTED;
      String indicator = random.nextInt(3) == 0 ? SERVICES : RECORDS;
      Alert alert =
          random.nextInt(4) == 0
              ? pending(rule, indicator, T0, path)
              : firing(rule, indicator, random.nextInt(100), T0, path);
      alerts.putIfAbsent(alert.id(), alert);
    }
    List<Alert> active = new ArrayList<>(alerts.values());
    Collections.shuffle(active, random);
    return active;
  }
}
