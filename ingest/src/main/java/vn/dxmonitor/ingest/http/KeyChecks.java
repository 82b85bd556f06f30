package vn.dxmonitor.ingest.http;

import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.web.BearerKeys;
import vn.dxmonitor.runtime.web.KeyAuthentication;
import vn.dxmonitor.runtime.web.PresentedKey;

/** The working key of an ingest request, and what each endpoint asks of it. */
public final class KeyChecks {

  private final BearerKeys keys;

  public KeyChecks(BearerKeys keys) {
    this.keys = keys;
  }

  /**
   * The working key the request came with: the one its filter chain authenticated, or else the one
   * its {@code Authorization} header names.
   */
  public ApiKey require(String authorization) {
    return KeyAuthentication.current()
        .orElseGet(
            () -> {
              PresentedKey presented = keys.read(authorization);
              return presented.working().orElseThrow(() -> refused(presented));
            });
  }

  /** Why a request without a working key is refused, as the ingest API has always said it. */
  public static IngestException refused(PresentedKey presented) {
    return switch (presented.kind()) {
      case MISSING ->
          new IngestException(
              ErrorCode.MISSING_API_KEY, "send the key as 'Authorization: Bearer <key>'");
      case OTHER_SCHEME ->
          new IngestException(
              ErrorCode.MISSING_API_KEY,
              "the Authorization header must be 'Bearer <key>'; other schemes are not accepted");
      case SEVERAL -> new IngestException(ErrorCode.INVALID_API_KEY, PresentedKey.SEVERAL_HEADERS);
      case UNKNOWN, WORKING ->
          new IngestException(ErrorCode.INVALID_API_KEY, "the key is unknown or revoked");
    };
  }

  /** A key that may report events: an operator key works alerts and reports nothing. */
  public ApiKey requireReporter(String authorization) {
    ApiKey key = require(authorization);
    if (!Permissions.allows(key, Action.REPORT_EVENTS)) {
      throw new IngestException(
          ErrorCode.NOT_A_SOURCE,
          "key " + key.id() + " is an operator key; reporting events needs a source key");
    }
    return key;
  }
}
