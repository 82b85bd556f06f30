package vn.dxmonitor.alerting.deliver;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-DX-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} of {@code
 * "<t>.<body>"} with the receiver's secret. The time is signed with the body, so a receiver that
 * refuses an old {@code t} refuses an old message replayed: {@link #verify} does both, and is what
 * a receiver written in Java can use as it is (the README shows the same in other words).
 */
public final class WebhookSignature {

  public static final String HEADER = "X-DX-Signature";

  /**
   * How far ahead of the receiver's clock a signature's time may be: clocks differ by seconds, not
   * minutes, and a time further ahead would keep a message replayable for longer than {@code
   * maxAge}.
   */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private WebhookSignature() {}

  public static String sign(String secret, long epochSecond, byte[] body) {
    return "t=" + epochSecond + ",v1=" + hmac(secret, epochSecond, body);
  }

  /**
   * Whether a header is the signature of {@code body} with {@code secret}, made at most {@code
   * maxAge} before {@code clock}'s now and no more than {@link #CLOCK_SKEW} after it. Each attempt
   * at delivering a notification is signed afresh, so a retry is never refused as old; five minutes
   * is a fair {@code maxAge}.
   */
  public static boolean verify(
      String secret, String header, byte[] body, Duration maxAge, Clock clock) {
    if (header == null) {
      return false;
    }
    String time = null;
    String signature = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        time = part.substring(2);
      } else if (part.startsWith("v1=")) {
        signature = part.substring(3);
      }
    }
    if (time == null || signature == null) {
      return false;
    }
    long epochSecond;
    Instant signedAt;
    try {
      epochSecond = Long.parseLong(time);
      signedAt = Instant.ofEpochSecond(epochSecond);
    } catch (NumberFormatException | DateTimeException e) {
      return false;
    }
    String expected = hmac(secret, epochSecond, body);
    boolean signed =
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
    return signed && fresh(signedAt, maxAge, clock.instant());
  }

  private static boolean fresh(Instant signedAt, Duration maxAge, Instant now) {
    return !signedAt.isBefore(now.minus(maxAge)) && !signedAt.isAfter(now.plus(CLOCK_SKEW));
  }

  private static String hmac(String secret, long epochSecond, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((epochSecond + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
