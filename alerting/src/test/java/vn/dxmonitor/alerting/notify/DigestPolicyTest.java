package vn.dxmonitor.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.alerting.notify.AlertFixtures.AN_LAO;
import static vn.dxmonitor.alerting.notify.AlertFixtures.PROVINCE;
import static vn.dxmonitor.alerting.notify.AlertFixtures.QUY_NHON;
import static vn.dxmonitor.alerting.notify.AlertFixtures.RECORDS;
import static vn.dxmonitor.alerting.notify.AlertFixtures.firing;
import static vn.dxmonitor.alerting.notify.AlertFixtures.resolved;
import static vn.dxmonitor.alerting.notify.AlertFixtures.silenced;
import static vn.dxmonitor.alerting.notify.RouteFixtures.ROUTING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.testsupport.time.MovableClock;

/** The digest goes out at 07:30 in Vietnam, which is 00:30 UTC; the clock starts at 00:29 UTC. */
class DigestPolicyTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T00:29:00Z"));
  private final FakeAlerts alerts = new FakeAlerts();
  private final Groups groups = new Groups(List.of(), group -> {});
  private final FakeDigestDays days = new FakeDigestDays();
  private final List<Notification> sent = new ArrayList<>();
  private final DigestPolicy digests = new DigestPolicy(groups, days, alerts, sent::add);

  @Test
  void nothingGoesOutBeforeTheDigestTimeInVietnam() {
    told("gia-lai", firing(AN_LAO, clock.instant()));

    digests.digest(ROUTING, clock.instant());

    assertThat(sent).isEmpty();
    assertThat(days.last).isEmpty();
  }

  @Test
  void eachReceiverGetsTheAlertsItWasToldOfThatStillFireUnsilencedOnceADay() {
    Alert anLao = firing(AN_LAO, clock.instant());
    Alert quyNhon = firing(QUY_NHON, clock.instant());
    Alert quiet = firing("21553", clock.instant());
    told("gia-lai", anLao, quyNhon, quiet);
    alerts.put(resolved(quyNhon, clock.instant()), silenced(quiet, clock.instant()));
    clock.advance(Duration.ofMinutes(1));

    digests.digest(ROUTING, clock.instant());

    assertThat(sent)
        .singleElement()
        .satisfies(
            digest -> {
              assertThat(digest.kind()).isEqualTo(NotificationKind.DIGEST);
              assertThat(digest.receiver()).isEqualTo("gia-lai");
              assertThat(digest.receiverUnit()).isEqualTo(PROVINCE);
              assertThat(digest.id())
                  .isEqualTo(Notification.idOf("digest", "gia-lai", "2026-11-23"));
              assertThat(digest.firing()).extracting(NotifiedAlert::unit).containsExactly(AN_LAO);
              assertThat(digest.firing().get(0).covers()).isEmpty();
              assertThat(digest.stillFiring()).isEqualTo(1);
            });

    clock.advance(Duration.ofHours(5));
    digests.digest(ROUTING, clock.instant());
    assertThat(sent).hasSize(1);
  }

  @Test
  void aReceiverWithNothingFiringAtDigestTimeGetsNoDigestThatDay() {
    Alert anLao = firing(AN_LAO, clock.instant());
    told("gia-lai", anLao);
    alerts.put(resolved(anLao, clock.instant()));
    clock.advance(Duration.ofMinutes(1));
    digests.digest(ROUTING, clock.instant());

    alerts.put(anLao);
    clock.advance(Duration.ofHours(1));
    digests.digest(ROUTING, clock.instant());

    assertThat(sent).isEmpty();
    assertThat(days.last).containsEntry("gia-lai", LocalDate.of(2026, 11, 23));
  }

  @Test
  void theNextDayBringsTheNextDigestNamedByItsVietnameseDate() {
    told("gia-lai", firing(AN_LAO, clock.instant()));
    clock.advance(Duration.ofMinutes(1));
    digests.digest(ROUTING, clock.instant());

    // 2026-11-23T17:30Z is 00:30 on the 24th in Vietnam, before that day's digest time.
    clock.advance(Duration.ofHours(17));
    digests.digest(ROUTING, clock.instant());
    assertThat(sent).hasSize(1);

    clock.advance(Duration.ofHours(7));
    digests.digest(ROUTING, clock.instant());
    assertThat(sent)
        .extracting(Notification::id)
        .containsExactly(
            Notification.idOf("digest", "gia-lai", "2026-11-23"),
            Notification.idOf("digest", "gia-lai", "2026-11-24"));
  }

  @Test
  void aDigestGathersTheReceiversGroupsAndOnlyItsOwn() {
    told("gia-lai", firing(AN_LAO, clock.instant()));
    told("an-lao", firing("21616", clock.instant()));
    Alert services =
        firing("behind-trajectory", "online-services", 20.0, clock.instant(), QUY_NHON, PROVINCE);
    alerts.put(services);
    groups.put(group("gia-lai", "online-services", services));
    clock.advance(Duration.ofMinutes(1));

    digests.digest(ROUTING, clock.instant());

    assertThat(sent).extracting(Notification::receiver).containsExactly("gia-lai", "an-lao");
    assertThat(sent.get(0).firing())
        .extracting(NotifiedAlert::unit)
        .containsExactly(AN_LAO, QUY_NHON);
  }

  /** The receiver was told these alerts were firing, in its group of the work-records indicator. */
  private void told(String receiver, Alert... firing) {
    alerts.put(firing);
    groups.put(group(receiver, RECORDS, firing));
  }

  private static NotificationGroup group(String receiver, String indicator, Alert... firing) {
    return GroupFixtures.told(
        receiver, PROVINCE, indicator, Instant.parse("2026-11-22T10:00:00Z"), 1, firing);
  }
}
