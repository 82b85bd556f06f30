package vn.dxmonitor.dashboard.security;

import java.util.Locale;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.keys.KeyRole;

/** Spring Security's names for the roles, and what each kind of API key counts as. */
final class Roles {

  private Roles() {}

  static String authority(AccountRole role) {
    return "ROLE_" + role.name().toUpperCase(Locale.ROOT);
  }

  /**
   * An administrator key administers; an operator key works alerts; a source system's key may read
   * what it reports on, as a leader does.
   */
  static AccountRole of(KeyRole role) {
    return switch (role) {
      case ADMIN -> AccountRole.ADMIN;
      case OPERATOR -> AccountRole.OPERATOR;
      case SOURCE -> AccountRole.LEADER;
    };
  }
}
