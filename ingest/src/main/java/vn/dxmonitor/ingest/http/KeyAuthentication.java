package vn.dxmonitor.ingest.http;

import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.BearerToken;

/** Reads {@code Authorization: Bearer <key>} and finds the working key it names. */
public final class KeyAuthentication {

  private final ApiKeyRegistry keys;

  public KeyAuthentication(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  public ApiKey require(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw new IngestException(
          ErrorCode.MISSING_API_KEY, "send the key as 'Authorization: Bearer <key>'");
    }
    String presented =
        BearerToken.of(authorization)
            .orElseThrow(
                () ->
                    new IngestException(
                        ErrorCode.MISSING_API_KEY,
                        "the Authorization header must be 'Bearer <key>'; other schemes are not"
                            + " accepted"));
    return keys.authenticate(presented)
        .orElseThrow(
            () -> new IngestException(ErrorCode.INVALID_API_KEY, "the key is unknown or revoked"));
  }

  /** A key that may report events: an operator key works alerts and reports nothing. */
  public ApiKey requireReporter(String authorization) {
    ApiKey key = require(authorization);
    if (!key.mayReport()) {
      throw new IngestException(
          ErrorCode.NOT_A_SOURCE,
          "key " + key.id() + " is an operator key; reporting events needs a source key");
    }
    return key;
  }

  public ApiKey requireAdmin(String authorization) {
    ApiKey key = require(authorization);
    if (!key.isAdmin()) {
      throw new IngestException(
          ErrorCode.NOT_ADMIN,
          "key "
              + key.id()
              + " is a "
              + key.role().id()
              + " key; managing keys needs an administrator key");
    }
    return key;
  }
}
