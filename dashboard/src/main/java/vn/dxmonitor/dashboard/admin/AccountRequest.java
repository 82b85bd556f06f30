package vn.dxmonitor.dashboard.admin;

import java.util.List;

/**
 * A new dashboard account.
 *
 * @param role {@code leader}, {@code operator}, {@code reporter}, {@code verifier} or {@code admin}
 * @param email optional; a reporter's reminders of figures coming due go there
 * @param units the roots of the subtrees it sees; required unless it administers the whole country
 * @param password at least 12 characters; a random one is made and returned once when absent
 */
public record AccountRequest(
    String name,
    String displayName,
    String role,
    List<String> units,
    String password,
    String email) {

  public AccountRequest {
    units = units == null ? List.of() : units;
  }
}
