package vn.dxmonitor.runtime.web;

import java.util.Optional;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * What a request presented as its API key, read once from {@code Authorization: Bearer <key>}: so
 * that each service can say precisely why it refuses a request without reading the header again.
 *
 * @param key the working key, when {@code kind} is {@link Kind#WORKING}
 */
public record PresentedKey(Kind kind, ApiKey key) {

  /** Why a request with several {@code Authorization} headers is refused, in every service. */
  public static final String SEVERAL_HEADERS =
      "the request has more than one Authorization header; send one, 'Authorization: Bearer <key>'";

  /** How far the request got. */
  public enum Kind {
    /** No {@code Authorization} header, or a blank one. */
    MISSING,
    /** An {@code Authorization} header of another scheme than {@code Bearer}. */
    OTHER_SCHEME,
    /** More than one {@code Authorization} header: none of them is read. */
    SEVERAL,
    /** A bearer key that is unknown or revoked. */
    UNKNOWN,
    /** A working key. */
    WORKING
  }

  public Optional<ApiKey> working() {
    return Optional.ofNullable(key);
  }
}
