package vn.dxmonitor.runtime.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.BearerToken;

/**
 * Reads the API key a request presents — {@code Authorization: Bearer <key>}, the scheme in any
 * case — and asks the {@link ApiKeyRegistry} whether it works. The one place every service reads
 * keys from requests; what a key may then do is decided by {@code runtime.access.Scopes} and by the
 * service.
 */
public final class BearerKeys {

  private final ApiKeyRegistry keys;

  public BearerKeys(ApiKeyRegistry keys) {
    this.keys = keys;
  }

  /**
   * The key of the request's one {@code Authorization} header. A request with several is read as
   * presenting none that works, whatever they hold: which of them counts would otherwise depend on
   * their order, and a proxy or client that adds its own would let the first one decide.
   */
  public PresentedKey read(HttpServletRequest request) {
    Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
    String first = headers != null && headers.hasMoreElements() ? headers.nextElement() : null;
    if (headers != null && headers.hasMoreElements()) {
      return new PresentedKey(PresentedKey.Kind.SEVERAL, null);
    }
    return read(first);
  }

  public PresentedKey read(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return new PresentedKey(PresentedKey.Kind.MISSING, null);
    }
    return BearerToken.of(authorization)
        .map(
            presented ->
                keys.authenticate(presented)
                    .map(key -> new PresentedKey(PresentedKey.Kind.WORKING, key))
                    .orElse(new PresentedKey(PresentedKey.Kind.UNKNOWN, null)))
        .orElse(new PresentedKey(PresentedKey.Kind.OTHER_SCHEME, null));
  }
}
