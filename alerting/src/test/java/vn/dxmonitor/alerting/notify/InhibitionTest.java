package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.BEHIND;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.RECORDS;
import static vn.dxmonitor.alerting.notify.AlertFixtures.escalated;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.AlertFixtures.pending;
import static vn.dxmonitor.alerting.notify.AlertFixtures.silenced;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.alerting.notify.NotifiedAlert.CoveredUnit;
import vn.dxmonitor.model.alert.Alert;

class InhibitionTest {

  private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");

  private final FakeAlerts alerts = new FakeAlerts();
  private final Inhibition inhibition = new Inhibition(alerts);

  @Test
  void aCommuneAlertUnderAFiringProvinceAlertOnTheSameIndicatorIsNotSent() {
    Alert anLao = firing(AN_LAO, T0);
    alerts.put(firing(BEHIND, RECORDS, 30.0, T0, PROVINCE), anLao);

    assertThat(inhibition.sendable(anLao)).isFalse();
  }

  @Test
  void aPendingProvinceAlertOrAFiringOneOnAnotherIndicatorCarriesNothing() {
    Alert anLao = firing(AN_LAO, T0);
    alerts.put(
        pending(BEHIND, RECORDS, T0, PROVINCE),
        firing(BEHIND, "online-services", 30.0, T0, PROVINCE),
        anLao);

    assertThat(inhibition.sendable(anLao)).isTrue();
  }

  @Test
  void aSilencedAlertIsNotSent() {
    Alert anLao = silenced(firing(AN_LAO, T0), T0);
    alerts.put(anLao);

    assertThat(inhibition.sendable(anLao)).isFalse();
  }

  @Test
  void aFiringNoticeNamesTheUnitsBelowThatItCarries() {
    Alert province = firing(BEHIND, RECORDS, 30.0, T0, PROVINCE);
    alerts.put(province, firing(AN_LAO, T0));

    NotifiedAlert shown = inhibition.asFiring(province);

    assertThat(shown.state()).isEqualTo("firing");
    assertThat(shown.unit()).isEqualTo(PROVINCE);
    assertThat(shown.covers()).extracting(CoveredUnit::unit).containsExactly(AN_LAO);
  }

  @Test
  void aCommuneThatStartsFiringIsCarriedAsSoonAsItsChangeIsNoted() {
    Alert province = firing(BEHIND, RECORDS, 30.0, T0, PROVINCE);
    alerts.put(province, firing(AN_LAO, T0));
    inhibition.asFiring(province);

    Alert quyNhon = firing(QUY_NHON, T0.plusSeconds(5));
    alerts.put(quyNhon);
    inhibition.changed(null, quyNhon);

    assertThat(inhibition.asFiring(province).covers())
        .extracting(CoveredUnit::unit)
        .containsExactly(QUY_NHON, AN_LAO);
  }

  @Test
  void aTickReadsTheActiveAlertsOnceHoweverManyNoticesItShowsAndAnEscalationKeepsThat() {
    Alert province = firing(BEHIND, RECORDS, 30.0, T0, PROVINCE);
    Alert anLao = firing(AN_LAO, T0);
    alerts.put(province, anLao);
    CountingAlerts counting = new CountingAlerts(alerts);
    Inhibition counted = new Inhibition(counting);

    counted.startTick();
    counted.asFiring(province);
    counted.asFiring(anLao);
    counted.changed(anLao, escalated(anLao, T0.plusSeconds(1)));
    counted.asFiring(province);
    assertThat(counting.scans).isEqualTo(1);

    counted.startTick();
    counted.asFiring(province);
    assertThat(counting.scans).isEqualTo(2);
  }

  /** Counts the scans of every active alert, the step that must not run once per notice. */
  private static final class CountingAlerts implements AlertLookup {

    private final AlertLookup alerts;
    private int scans;

    CountingAlerts(AlertLookup alerts) {
      this.alerts = alerts;
    }

    @Override
    public Optional<Alert> find(String id) {
      return alerts.find(id);
    }

    @Override
    public List<Alert> active() {
      scans++;
      return alerts.active();
    }

    @Override
    public List<Alert> active(String unit, String indicator) {
      return alerts.active(unit, indicator);
    }
  }
}
