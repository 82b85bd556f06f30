package vn.dxmonitor.dashboard.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.dxmonitor.runtime.accounts.Account;

/** An account signed in with its password. */
final class AccountUser extends User implements ViewerPrincipal {

  private final transient Viewer viewer;
  private final Instant createdAt;

  AccountUser(Account account) {
    super(
        account.name(),
        account.passwordHash(),
        !account.isDisabled(),
        true,
        true,
        true,
        List.of(new SimpleGrantedAuthority(Roles.authority(account.role()))));
    this.createdAt = account.createdAt();
    this.viewer =
        new Viewer(
            account.displayName() == null ? account.name() : account.displayName(),
            account.role(),
            account.units(),
            "user:" + account.name());
  }

  /** When the account signed in as was made: one made anew under the same name is another. */
  Instant createdAt() {
    return createdAt;
  }

  @Override
  public Viewer viewer() {
    return viewer;
  }
}
