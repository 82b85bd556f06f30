package vn.dxmonitor.dashboard.security;

import java.util.function.BooleanSupplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.keys.KeyBook;
import vn.dxmonitor.runtime.web.KeyAuthentication;

/**
 * Whether a principal that was let in still may be: an account that has since been disabled, or
 * disabled and made anew under the same name, no longer is; nor is a key revoked since. Asked on
 * every request of a session and at every beat of a live stream, so that disabling an account or
 * revoking a key ends what it holds open, on every instance, within moments.
 */
@Component
public class StillSignedIn {

  private final CatalogView view;
  private final KeyBook keys;

  public StillSignedIn(CatalogView view, KeyBook keys) {
    this.view = view;
    this.keys = keys;
  }

  public boolean holds(Authentication authentication) {
    if (authentication == null) {
      return false;
    }
    if (authentication.getPrincipal() instanceof AccountUser user) {
      return view.account(user.getUsername())
          .filter(account -> !account.isDisabled())
          .filter(account -> account.createdAt().equals(user.createdAt()))
          .isPresent();
    }
    if (authentication instanceof KeyAuthentication key) {
      return keys.find(key.key().id()).filter(found -> !found.isRevoked()).isPresent();
    }
    return true;
  }

  /** The same question, to ask again later about the same principal. */
  public BooleanSupplier of(Authentication authentication) {
    return () -> holds(authentication);
  }
}
