package vn.dxmonitor.dashboard.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;

/** Finds the account a person signs in as; a disabled one is found, and refused as disabled. */
@Component
public class AccountDirectory implements UserDetailsService {

  private final CatalogView view;

  public AccountDirectory(CatalogView view) {
    this.view = view;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    return view.account(name)
        .map(AccountUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("no account " + name));
  }
}
