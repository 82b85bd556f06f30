package vn.dxmonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class BoundedPasswordEncoderTest {

  private final BoundedPasswordEncoder encoder =
      new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());

  @Test
  void aPasswordLongerThanBcryptReadsIsRefusedByItsBytesNotAnsweredWithAnError() {
    // 25 letters, but 75 bytes of UTF-8: the bound is what bcrypt reads, not what one sees
    String long75Bytes = "ệ".repeat(25);
    String encoded = encoder.encode("a".repeat(BoundedPasswordEncoder.MAX_BYTES));

    assertThat(BoundedPasswordEncoder.fits("a".repeat(72))).isTrue();
    assertThat(BoundedPasswordEncoder.fits(long75Bytes)).isFalse();
    assertThat(BoundedPasswordEncoder.fits("a".repeat(73))).isFalse();
    // A sign-in with one is a wrong password, never a server error
    assertThatCode(() -> encoder.matches(long75Bytes, encoded)).doesNotThrowAnyException();
    assertThat(encoder.matches(long75Bytes, encoded)).isFalse();
  }

  @Test
  void twoPasswordsDifferingOnlyAfterByte72AreNotConfused() {
    String first72 = "correct horse battery staple ".repeat(3).substring(0, 72);
    String encoded = encoder.encode(first72);

    assertThat(encoder.matches(first72, encoded)).isTrue();
    assertThatCode(() -> encoder.matches(first72 + "x", encoded)).doesNotThrowAnyException();
    assertThat(encoder.matches(first72 + "x", encoded)).isFalse();
  }
}
