package vn.dxmonitor.dashboard.security;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that takes no password longer than bcrypt reads: bcrypt looks at the first 72
 * bytes only and the library refuses longer ones with an exception, which would answer a sign-in
 * with a server error. A longer password simply does not match; accounts are refused one up front
 * ({@link #fits}).
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

  /** The most bytes of UTF-8 bcrypt reads. */
  static final int MAX_BYTES = 72;

  private final PasswordEncoder delegate;

  BoundedPasswordEncoder(PasswordEncoder delegate) {
    this.delegate = delegate;
  }

  static boolean fits(CharSequence password) {
    return password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  @Override
  public String encode(CharSequence raw) {
    if (!fits(raw)) {
      throw new IllegalArgumentException("a password may be at most " + MAX_BYTES + " bytes");
    }
    return delegate.encode(raw);
  }

  @Override
  public boolean matches(CharSequence raw, String encoded) {
    return raw != null && fits(raw) && delegate.matches(raw, encoded);
  }

  @Override
  public boolean upgradeEncoding(String encoded) {
    return delegate.upgradeEncoding(encoded);
  }
}
