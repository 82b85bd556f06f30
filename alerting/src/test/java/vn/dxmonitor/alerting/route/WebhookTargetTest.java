package vn.dxmonitor.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTargetTest {

  private static final String SECRET = "a-secret-of-some-length";

  @Test
  void aWebhookTargetNeverPrintsItsSecret() {
    WebhookTarget webhook = new WebhookTarget("https://hooks.example.gov.vn/dx", SECRET);
    Receiver receiver = new Receiver("so-khcn", "52", "Sở KH&CN", webhook, List.of());
    ReceiversDocument document = new ReceiversDocument(null, List.of(receiver));

    assertThat(webhook.toString()).doesNotContain(SECRET).contains("hooks.example.gov.vn");
    assertThat(receiver.toString()).doesNotContain(SECRET);
    assertThat(document.toString()).doesNotContain(SECRET);
  }

  @Test
  void itsLocationLeavesOutCredentialsPathAndQuery() {
    assertThat(
            new WebhookTarget("https://user:pw@chat.example.vn:8443/hooks/T0/tok3n?key=k1", SECRET)
                .location())
        .isEqualTo("https://chat.example.vn:8443");
    assertThat(new WebhookTarget("http://hooks.example.vn/x", SECRET).location())
        .isEqualTo("http://hooks.example.vn");
    assertThat(new WebhookTarget("not a url", SECRET).location()).isEqualTo("(not a URL)");
    assertThat(new WebhookTarget(null, SECRET).location()).isEqualTo("(no URL)");
  }
}
