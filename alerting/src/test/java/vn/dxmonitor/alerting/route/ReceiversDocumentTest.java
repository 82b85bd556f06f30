package vn.dxmonitor.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiversDocumentTest {

  @Test
  void theAuditedCopySaysOfEachSecretWhetherItIsNewChangedOrUnchangedAndHoldsNone() {
    ReceiversDocument before =
        new ReceiversDocument(
            null,
            List.of(
                receiver("kept", "kept-secret-0123456789"),
                receiver("rotated", "old-secret-0123456789"),
                receiver("mail-only", null)));
    ReceiversDocument after =
        new ReceiversDocument(
            null,
            List.of(
                receiver("kept", "kept-secret-0123456789"),
                receiver("rotated", "new-secret-0123456789"),
                receiver("mail-only", "first-secret-0123456789"),
                receiver("added", "added-secret-0123456789"),
                new Receiver("no-webhook", "52", "x", null, List.of("a@b.vn"))));

    ReceiversDocument audited = after.audited(before);

    assertThat(audited.receivers())
        .extracting(receiver -> receiver.webhook() == null ? null : receiver.webhook().secret())
        .containsExactly("unchanged", "changed", "new", "new", null);
    assertThat(audited.receivers())
        .extracting(receiver -> receiver.webhook() == null ? null : receiver.webhook().url())
        .containsExactly(
            "https://hooks.example.vn/kept",
            "https://hooks.example.vn/rotated",
            "https://hooks.example.vn/mail-only",
            "https://hooks.example.vn/added",
            null);
    assertThat(audited.toString()).doesNotContain("secret-0123456789");
  }

  private static Receiver receiver(String id, String secret) {
    WebhookTarget webhook =
        secret == null ? null : new WebhookTarget("https://hooks.example.vn/" + id, secret);
    return new Receiver(id, "52", "x", webhook, secret == null ? List.of("a@b.vn") : List.of());
  }
}
