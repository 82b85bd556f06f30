package vn.dxmonitor.dashboard.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The viewer of the request being served, from Spring Security's context. */
public final class Viewers {

  private Viewers() {}

  public static Optional<Viewer> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof ViewerPrincipal p) {
      return Optional.of(p.viewer());
    }
    return Optional.empty();
  }

  /** The viewer; every path that calls this is behind sign-in, so there always is one. */
  public static Viewer require() {
    return current()
        .orElseThrow(() -> new IllegalStateException("no signed-in viewer for this request"));
  }
}
