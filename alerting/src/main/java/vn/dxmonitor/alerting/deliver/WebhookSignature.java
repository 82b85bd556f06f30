package vn.dxmonitor.alerting.deliver;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-DX-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} of {@code
 * "<t>.<body>"} with the receiver's secret. The time inside the signed text lets a receiver refuse
 * an old message replayed.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-DX-Signature";

  private WebhookSignature() {}

  public static String sign(String secret, long epochSecond, byte[] body) {
    return "t=" + epochSecond + ",v1=" + hmac(secret, epochSecond, body);
  }

  /** Whether a header is the signature of {@code body} with {@code secret}. */
  public static boolean verify(String secret, String header, byte[] body) {
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
    try {
      String expected = hmac(secret, Long.parseLong(time), body);
      return java.security.MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      return false;
    }
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
