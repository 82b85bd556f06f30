package vn.dxmonitor.dashboard.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.web.KeyAuthentication;

/** The viewer of the request being served, from Spring Security's context. */
public final class Viewers {

  private Viewers() {}

  public static Optional<Viewer> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof ViewerPrincipal p) {
      return Optional.of(p.viewer());
    }
    if (authentication instanceof KeyAuthentication key) {
      return Optional.of(of(key.key()));
    }
    return Optional.empty();
  }

  /** What a working API key counts as when it reads the dashboard: see {@link Roles#of}. */
  static Viewer of(ApiKey key) {
    return new Viewer(key.source(), Roles.of(key.role()), key.units(), "key:" + key.id());
  }

  /** The viewer; every path that calls this is behind sign-in, so there always is one. */
  public static Viewer require() {
    return current()
        .orElseThrow(() -> new IllegalStateException("no signed-in viewer for this request"));
  }
}
