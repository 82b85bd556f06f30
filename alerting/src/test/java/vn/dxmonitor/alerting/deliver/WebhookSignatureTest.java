package vn.dxmonitor.alerting.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.testsupport.time.MovableClock;

class WebhookSignatureTest {

  private static final byte[] BODY = "{\"id\":\"n-1\"}".getBytes(StandardCharsets.UTF_8);
  private static final long SIGNED_AT = 1_700_000_000L;
  private static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final MovableClock receiverClock = new MovableClock(Instant.ofEpochSecond(SIGNED_AT));

  @Test
  void theSignatureIsTheHmacOfTheTimeAndTheBody() {
    // Worked out independently: printf '1700000000.{"id":"n-1"}' | openssl dgst -sha256 -hmac
    // secret
    assertThat(WebhookSignature.sign("secret", SIGNED_AT, BODY))
        .isEqualTo(
            "t=1700000000,v1=40b533737510bc993a4befa07db1c7169118a13f092d8455be81053bb3194b7b");
  }

  @Test
  void aChangedBodyTimeOrSecretDoesNotVerify() {
    String header = WebhookSignature.sign("secret", SIGNED_AT, BODY);
    assertThat(verify("secret", header, BODY)).isTrue();
    assertThat(verify("secret", header, "{\"id\":\"n-2\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(verify("secret", header.replace("t=1700000000", "t=1700000001"), BODY)).isFalse();
    assertThat(verify("other", header, BODY)).isFalse();
    assertThat(verify("secret", "garbage", BODY)).isFalse();
    assertThat(verify("secret", null, BODY)).isFalse();
  }

  @Test
  void aSignatureOlderThanTheMaxAgeIsRefused() {
    String header = WebhookSignature.sign("secret", SIGNED_AT, BODY);

    receiverClock.advance(MAX_AGE);
    assertThat(verify("secret", header, BODY)).as("exactly the max age old").isTrue();

    receiverClock.advance(Duration.ofSeconds(1));
    assertThat(verify("secret", header, BODY)).as("a replay a second later").isFalse();
  }

  @Test
  void aSignatureDatedAheadOfTheReceiversClockIsRefusedBeyondTheSkew() {
    String header =
        WebhookSignature.sign("secret", SIGNED_AT + WebhookSignature.CLOCK_SKEW.toSeconds(), BODY);
    assertThat(verify("secret", header, BODY)).as("ahead by the allowed skew").isTrue();

    String further =
        WebhookSignature.sign(
            "secret", SIGNED_AT + WebhookSignature.CLOCK_SKEW.toSeconds() + 1, BODY);
    assertThat(verify("secret", further, BODY)).as("ahead by more").isFalse();
  }

  @Test
  void aTimeBeyondWhatAnInstantHoldsIsRefusedNotThrown() {
    String header = "t=" + Long.MAX_VALUE + ",v1=00";
    assertThat(verify("secret", header, BODY)).isFalse();
  }

  private boolean verify(String secret, String header, byte[] body) {
    return WebhookSignature.verify(secret, header, body, MAX_AGE, receiverClock);
  }
}
