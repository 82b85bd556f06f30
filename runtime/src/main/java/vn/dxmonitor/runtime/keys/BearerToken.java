package vn.dxmonitor.runtime.keys;

import java.util.Optional;

/** The key of an {@code Authorization: Bearer <key>} header; the scheme's case does not matter. */
public final class BearerToken {

  private static final String BEARER = "Bearer ";

  private BearerToken() {}

  /** The key, or empty when the header is missing or names another scheme. */
  public static Optional<String> of(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(BEARER.length()));
  }
}
