package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY = "{\"id\":\"n-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSignatureIsTheHmacOfTheTimeAndTheBody() {
    // Worked out independently: printf '1700000000.{"id":"n-1"}' | openssl dgst -sha256 -hmac
    // secret
    assertThat(WebhookSignature.sign("secret", 1_700_000_000L, BODY))
        .isEqualTo(
            "t=1700000000,v1=40b533737510bc993a4befa07db1c7169118a13f092d8455be81053bb3194b7b");
  }

  @Test
  void aChangedBodyTimeOrSecretDoesNotVerify() {
    String header = WebhookSignature.sign("secret", 1_700_000_000L, BODY);
    assertThat(WebhookSignature.verify("secret", header, BODY)).isTrue();
    assertThat(
            WebhookSignature.verify(
                "secret", header, "{\"id\":\"n-2\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(
            WebhookSignature.verify("secret", header.replace("t=1700000000", "t=1700000001"), BODY))
        .isFalse();
    assertThat(WebhookSignature.verify("other", header, BODY)).isFalse();
    assertThat(WebhookSignature.verify("secret", "garbage", BODY)).isFalse();
  }
}
