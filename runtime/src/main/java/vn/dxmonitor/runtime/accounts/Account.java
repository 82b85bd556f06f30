package vn.dxmonitor.runtime.accounts;

import java.time.Instant;
import java.util.List;
import vn.dxmonitor.runtime.access.Rank;
import vn.dxmonitor.runtime.access.Scoped;

/**
 * A person who signs in to the dashboard, as stored on the catalog topic: the password only as a
 * salted hash, which the dashboard makes and checks.
 *
 * @param name the sign-in name, lower case
 * @param units the roots of the subtrees the account sees; empty for an administrator of the whole
 *     country
 * @param passwordHash a hash in the form its encoder names, e.g. {@code {bcrypt}$2a$…}
 * @param disabledAt when the account stopped working, or null while it works
 * @param email where the account's person is told what concerns them (a reporter, of a figure
 *     coming due); null for none
 */
public record Account(
    String name,
    String displayName,
    AccountRole role,
    List<String> units,
    String passwordHash,
    Instant createdAt,
    String createdBy,
    Instant disabledAt,
    String disabledBy,
    String email)
    implements Scoped {

  public Account {
    units = units == null ? List.of() : List.copyOf(units);
  }

  @Override
  public Rank rank() {
    return role.rank();
  }

  /** Whether the account may be told of figures due for {@code unit}: a working reporter of it. */
  public boolean reportsFor(String unit) {
    return role == AccountRole.REPORTER && !isDisabled() && email != null && units.contains(unit);
  }

  public boolean isDisabled() {
    return disabledAt != null;
  }

  public Account withPassword(String hash) {
    return new Account(
        name, displayName, role, units, hash, createdAt, createdBy, disabledAt, disabledBy, email);
  }

  public Account disabled(Instant at, String by) {
    return new Account(
        name, displayName, role, units, passwordHash, createdAt, createdBy, at, by, email);
  }

  /** What may be shown of the account: everything but its password hash. */
  public AccountView view() {
    return new AccountView(
        name, displayName, role.id(), units, email, createdAt, createdBy, disabledAt, disabledBy);
  }
}
