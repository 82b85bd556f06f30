package vn.dxmonitor.ingest.http;

import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;

/** Reads {@code Authorization: Bearer <key>} and finds the working key it names. */
public final class KeyAuthentication {

  private static final String BEARER = "Bearer ";

  private final ApiKeyRegistry keys;

  public KeyAuthentication(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  public ApiKey require(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw new IngestException(
          ErrorCode.MISSING_API_KEY, "send the key as 'Authorization: Bearer <key>'");
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new IngestException(
          ErrorCode.MISSING_API_KEY,
          "the Authorization header must be 'Bearer <key>'; other schemes are not accepted");
    }
    return keys.authenticate(authorization.substring(BEARER.length()))
        .orElseThrow(
            () -> new IngestException(ErrorCode.INVALID_API_KEY, "the key is unknown or revoked"));
  }

  public ApiKey requireAdmin(String authorization) {
    ApiKey key = require(authorization);
    if (!key.isAdmin()) {
      throw new IngestException(
          ErrorCode.NOT_ADMIN,
          "key " + key.id() + " is a source key; managing keys needs an administrator key");
    }
    return key;
  }
}
