package vn.dxmonitor.dashboard.admin;

import vn.dxmonitor.runtime.accounts.AccountView;

/**
 * An account just made.
 *
 * @param password the password made for it, shown this once; null when the request gave one
 */
public record CreatedAccount(AccountView account, String password) {}
